package org.quotable.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dataset folder on any file system, as far as finding and describing its inputs needs it: its files with their
 * sizes and modification times, and their bytes. {@link #local} is a folder of this machine; the Spark job gives
 * one on Hadoop's file systems (HDFS, S3), so a dataset kept there is read and recorded in {@code build.json} by
 * this module's rules ({@link Builds#inputs(DatasetFolder)}, {@link Builds#describeInput}), as
 * {@code quotable build} reads and records a local one. The twin of {@link OutputFolder}, which is the writing side.
 */
public interface DatasetFolder {
    /**
     * One regular file of the folder. Serializable, so that a cluster job can hand it to the task that hashes it.
     *
     * @param name     its path relative to the folder, with {@code /}
     * @param size     its length in bytes
     * @param modified its modification time, in milliseconds since the epoch
     */
    record Entry(String name, long size, long modified) implements Serializable {
        public Entry {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Where the folder is (a path or a URI), for messages. */
    String location();

    /**
     * Every regular file under the folder, at any depth, in any order; files inside hidden folders ({@code .git})
     * may be left out, since no input is taken from them.
     */
    List<Entry> files() throws IOException;

    /** Opens a file of {@link #files()}, by its name there, for reading. */
    InputStream open(String file) throws IOException;

    /** A folder of this machine. */
    static DatasetFolder local(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new DatasetFolder() {
            @Override public String location() {
                return folder.toString();
            }

            @Override public List<Entry> files() throws IOException {
                var files = new ArrayList<Entry>();
                try (var walk = Files.walk(folder)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList())
                        files.add(new Entry(folder.relativize(f).toString().replace('\\', '/'), Files.size(f),
                                Files.getLastModifiedTime(f).toMillis()));
                }
                return files;
            }

            @Override public InputStream open(String file) throws IOException {
                return Files.newInputStream(folder.resolve(file));
            }
        };
    }
}
