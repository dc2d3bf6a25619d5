package org.quotable.exporter.internal;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Hadoop {@link Configuration} and {@link FileSystem} access for the exporter. Local files go through Hadoop's raw
 * local file system, so no {@code .crc} side files appear next to the outputs.
 */
public final class HadoopFiles {
    private HadoopFiles() {}

    /** A new configuration with Hadoop's defaults and the raw local file system for {@code file:} paths. */
    public static Configuration configuration() {
        var conf = new Configuration();
        conf.set("fs.file.impl", org.apache.hadoop.fs.RawLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        return conf;
    }

    /**
     * The Hadoop path of an output location: a URI with a scheme ({@code file:///x}, {@code hdfs://nn/x},
     * {@code s3a://bucket/x}) or a plain local path, made absolute.
     */
    public static Path path(String location) {
        URI uri = URI.create(location.replace(" ", "%20"));
        if (uri.getScheme() == null || uri.getScheme().length() == 1)    // no scheme, or a Windows drive letter
            return new Path(java.nio.file.Path.of(location).toAbsolutePath().toUri());
        return new Path(uri);
    }

    /** The Hadoop path of a local file. */
    public static Path path(java.nio.file.Path file) {
        return new Path(file.toAbsolutePath().toUri());
    }

    /** The file system of a path. */
    public static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        return path.getFileSystem(conf);
    }
}
