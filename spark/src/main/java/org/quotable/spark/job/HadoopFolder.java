package org.quotable.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.quotable.build.OutputFolder;

/**
 * The job's output folder through Hadoop's file system of its URI (local, {@code hdfs://}, {@code s3a://}, …), for
 * recording the build there with the build library ({@code errors.jsonl}, {@code build.json}) as the CLI records
 * its own.
 */
final class HadoopFolder implements OutputFolder {
    private final FileSystem fs;
    private final Path root;

    HadoopFolder(String folder, Configuration conf) throws IOException {
        Path path = new Path(folder);
        this.fs = path.getFileSystem(conf);
        this.root = fs.makeQualified(path);
    }

    @Override public List<String> files() throws IOException {
        var files = new ArrayList<String>();
        walk(fs, root, "", folder -> true, (name, status) -> files.add(name));
        return files;
    }

    /**
     * The files under {@code folder}, by their path relative to the walk's root, with one listing call per folder
     * (output tables and their partition folders are a handful; a dataset's input folders not many more), going
     * into the sub-folders whose own name {@code descend} accepts.
     */
    static void walk(FileSystem fs, Path folder, String prefix, Predicate<String> descend, BiConsumer<String, FileStatus> file)
            throws IOException {
        for (FileStatus status : fs.listStatus(folder)) {
            String name = prefix + status.getPath().getName();
            if (status.isDirectory()) {
                if (descend.test(status.getPath().getName())) walk(fs, status.getPath(), name + "/", descend, file);
            } else if (status.isFile()) {
                file.accept(name, status);
            }
        }
    }

    @Override public InputStream open(String file) throws IOException {
        return fs.open(new Path(root, file));
    }

    @Override public OutputStream create(String file) throws IOException {
        return fs.create(new Path(root, file), true);
    }
}
