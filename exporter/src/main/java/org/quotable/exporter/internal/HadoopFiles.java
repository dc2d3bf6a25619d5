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

    /**
     * The file system of a path.
     *
     * @throws IOException naming the scheme and the jars to add when no file system of the path's scheme is on the
     *                     class path (Hadoop's own message is an {@code UnsupportedFileSystemException}, or a
     *                     {@code RuntimeException} of a {@code ClassNotFoundException} for schemes such as
     *                     {@code s3a} that Hadoop's defaults name but do not ship)
     */
    public static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        try {
            return path.getFileSystem(conf);
        } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
            throw missing(path, e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ClassNotFoundException) throw missing(path, e);
            throw e;
        }
    }

    private static IOException missing(Path path, Exception cause) {
        String scheme = String.valueOf(path.toUri().getScheme());
        String version = org.apache.hadoop.util.VersionInfo.getVersion();
        String add = switch (scheme) {
            case "s3a" -> "for S3, add hadoop-aws-" + version + ".jar and the AWS SDK bundle it depends on "
                    + "(software.amazon.awssdk:bundle) to the class path, e.g. QUOTABLE_CLASSPATH=hadoop-aws-" + version
                    + ".jar:bundle.jar ./quotable ...";
            case "gs" -> "for Google Cloud Storage, add the gcs-connector (hadoop3, shaded) jar to the class path "
                    + "(QUOTABLE_CLASSPATH)";
            case "abfs", "abfss", "wasb", "wasbs" -> "for Azure storage, add hadoop-azure-" + version
                    + ".jar and its dependencies to the class path (QUOTABLE_CLASSPATH)";
            default -> "add the jar of a Hadoop file system for '" + scheme + "' to the class path (QUOTABLE_CLASSPATH), "
                    + "or write to a local folder";
        };
        return new IOException(path + ": the '" + scheme + "' file system is not installed (it is an optional "
                + "dependency); " + add + ". See the README, 'Writing to cloud storage'.", cause);
    }
}
