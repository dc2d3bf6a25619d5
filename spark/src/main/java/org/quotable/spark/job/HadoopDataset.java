package org.quotable.spark.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;
import org.quotable.build.DatasetDefinition;
import org.quotable.build.DatasetFolder;

/**
 * A dataset folder (one holding {@code dataset.yaml}) on a Hadoop file system that is not this machine's
 * ({@code hdfs://}, {@code s3a://}, …), for the build library to choose, name and describe its inputs as
 * {@code quotable build} does those of a local dataset. Not thread-safe for listing; a task makes its own.
 */
final class HadoopDataset implements DatasetFolder {
    private final FileSystem fs;
    private final Path root;

    HadoopDataset(String folder, Configuration conf) throws IOException {
        Path path = new Path(folder);
        this.fs = path.getFileSystem(conf);
        this.root = fs.makeQualified(path);
    }

    /**
     * The dataset the input names, when it is one folder of a file system other than this machine's (a local one is
     * read by the build library directly, {@link InputPlan#localDataset}) that holds a dataset definition.
     */
    static @Nullable HadoopDataset at(Configuration conf, String input) throws IOException {
        if (input.contains(",") || input.contains("*")) return null;
        String scheme = new Path(input).toUri().getScheme();
        if (scheme == null || scheme.equals("file")) return null;
        var dataset = new HadoopDataset(input, conf);
        return dataset.fs.isFile(new Path(dataset.root, DatasetDefinition.FILE_NAME)) ? dataset : null;
    }

    /** The URI of a file of the folder, by its name there. */
    String uri(String file) {
        return new Path(root, file).toString();
    }

    @Override public String location() {
        return root.toString();
    }

    @Override public List<Entry> files() throws IOException {
        var files = new ArrayList<Entry>();
        // Hidden folders (the cache; no input is taken from them) are not listed.
        HadoopFolder.walk(fs, root, "", folder -> !folder.startsWith("."),
                (name, status) -> files.add(new Entry(name, status.getLen(), status.getModificationTime())));
        return files;
    }

    @Override public InputStream open(String file) throws IOException {
        return fs.open(new Path(root, file));
    }
}
