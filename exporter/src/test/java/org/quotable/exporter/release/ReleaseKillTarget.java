package org.quotable.exporter.release;

import java.nio.file.Path;
import org.quotable.exporter.Releases;

/** The child JVM of {@link ReleaseKillTest}: publishes release 1.0.0 of the dataset folder in {@code args[0]}. */
public final class ReleaseKillTarget {
    private ReleaseKillTarget() {}

    public static void main(String[] args) throws Exception {
        Releases.publish(ReleaseFixtures.request(Path.of(args[0]), "1.0.0"));
        System.out.println("published");
    }
}
