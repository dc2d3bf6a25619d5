package org.quotable.spark.job;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Hadoop's raw local file system under a scheme of its own, {@code elsewhere:///tmp/x}: to Spark and to the job an
 * output that is not a local path (as {@code hdfs://} or {@code s3a://} are), while its files are on this disk for
 * the test to check. Register it with {@code spark.hadoop.fs.elsewhere.impl}.
 */
public class ElsewhereFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "elsewhere";

    @Override public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override public String getScheme() {
        return SCHEME;
    }
}
