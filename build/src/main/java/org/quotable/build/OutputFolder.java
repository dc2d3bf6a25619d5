package org.quotable.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A build's output folder on any file system, as far as recording the build needs it: its files, read and written
 * as streams. {@link #local} is a folder of this machine; the Spark job gives one on Hadoop's file systems (HDFS,
 * S3), so a cluster build records its {@code build.json} where it wrote its tables, with this module's code.
 */
public interface OutputFolder {
    /** Every regular file under the folder (at any depth), by its path relative to it with {@code /}. */
    List<String> files() throws IOException;

    /** Opens a file of {@link #files()} for reading. */
    InputStream open(String file) throws IOException;

    /** Creates (or replaces) a file directly in the folder; it is complete when the stream is closed. */
    OutputStream create(String file) throws IOException;

    /** A local folder. */
    static OutputFolder local(Path folder) {
        return new OutputFolder() {
            @Override public List<String> files() throws IOException {
                try (var walk = Files.walk(folder)) {
                    return walk.filter(Files::isRegularFile).sorted()
                            .map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
                }
            }

            @Override public InputStream open(String file) throws IOException {
                return Files.newInputStream(folder.resolve(file));
            }

            @Override public OutputStream create(String file) throws IOException {
                return Files.newOutputStream(folder.resolve(file));
            }
        };
    }
}
