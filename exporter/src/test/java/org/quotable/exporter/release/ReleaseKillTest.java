package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.exporter.Releases;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SampleRecords;

/**
 * Kills a real release process (a child JVM) while it writes, and checks that no partial release is visible and
 * that the next run succeeds. The child is killed as soon as its staging folder appears; writing the generated
 * dataset (about 6 MB per format) takes far longer than the 2 ms polling, so the kill lands mid-write.
 */
class ReleaseKillTest {
    @TempDir Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledReleaseLeavesNothingVisibleAndTheNextRunSucceeds() throws Exception {
        var articles = new ArrayList<ArticleRecord>();
        var quotes = new ArrayList<QuoteRecord>();
        for (int i = 0; i < 2000; i++) {
            ArticleRecord a = SampleRecords.generatedArticle(i, 3000);
            articles.add(a);
            quotes.add(SampleRecords.generatedQuote(a, i));
        }
        Path dataset = ReleaseFixtures.dataset(dir.resolve("big"), articles, quotes);
        Path releases = dataset.resolve("releases");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReleaseKillTarget.class.getName(), dataset.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean staged = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!staged && child.isAlive() && System.nanoTime() < deadline) {
            if (Files.isDirectory(releases)) {
                try (Stream<Path> list = Files.list(releases)) {
                    staged = list.anyMatch(p -> p.getFileName().toString().startsWith(".staging-1.0.0-"));
                }
            }
            if (!staged) Thread.sleep(2);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(staged).as("the child's staging folder appeared before it ended; log: %s", Files.readString(dir.resolve("child.log"))).isTrue();
        assertThat(Files.readString(dir.resolve("child.log"))).doesNotContain("published");

        List<String> left = names(releases);
        assertThat(left).as("only a hidden staging folder may remain").hasSize(1);
        assertThat(left.get(0)).startsWith(".staging-1.0.0-" + child.pid());
        assertThat(Releases.versions(dataset)).isEmpty();

        Release release = Releases.publish(ReleaseFixtures.request(dataset, "1.0.0"));
        assertThat(names(releases)).containsExactly("1.0.0");
        assertThat(release.quotes()).isEqualTo(2000);
        assertThat(Releases.verify(release.folder()).problems()).isEmpty();
    }
}
