package org.quotable.spark.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;
import org.quotable.build.Builds;
import org.quotable.build.DatasetDefinition;
import org.quotable.build.DatasetFolder;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;

/**
 * Which files the job reads and in which parts: the article files under each input path, named as
 * {@code quotable build} and {@code quotable extract} name them (relative to the folder given, or by file name),
 * in the order the CLI reads them (by name); uncompressed JSON Lines files are read line by line through Hadoop's
 * splits, WARC archives in parts of whole records (their record offsets are read first, one task per archive, so one
 * large archive is spread over many tasks), every other file whole.
 *
 * @param lineFiles the uncompressed JSON Lines files, read through Hadoop's {@code TextInputFormat}
 * @param parts     everything else, in input order
 */
record InputPlan(List<File> lineFiles, List<Part> parts) {
    /** The smallest WARC part the plan makes by itself, so that a small archive is not cut into many tiny tasks. */
    static final long MIN_PART_BYTES = 1L << 20;

    /** An article file: where it is (a Hadoop URI) and what {@code articles.source_file} shows. */
    record File(String uri, String name, long size) implements Serializable {
        boolean isWarc() {
            return formatName(name).endsWith(".warc");
        }

        boolean isLines() {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        }
    }

    /**
     * A unit of reading: a whole file ({@code firstRecord} 0), or the records of a WARC archive that start in
     * {@code [start, start + length)}, the first being record number {@code firstRecord} of the file.
     */
    record Part(File file, long start, long length, long firstRecord) implements Serializable {
        boolean whole() {
            return firstRecord == 0;
        }
    }

    /**
     * Lists the input and plans its parts.
     *
     * @param input     a Hadoop path, folder (read recursively), glob or comma-separated list of them
     * @param partBytes about how many bytes of a WARC archive one task reads
     * @throws FileNotFoundException when a path of the input matches nothing
     */
    static InputPlan of(JavaSparkContext context, Configuration conf, String input, long partBytes) throws IOException {
        return of(context, conf, input, partBytes, 1);
    }

    /**
     * Lists the input and plans its parts, at least {@code minParts} of the WARC archives' records when they have that
     * many: articles are extracted in the task that read them, so the parts are what the extraction is spread over.
     *
     * @param partBytes at most how many bytes of a WARC archive one task reads; less (down to 1 MiB) when the
     *                  archives would otherwise give fewer than {@code minParts} parts
     */
    static InputPlan of(JavaSparkContext context, Configuration conf, String input, long partBytes, int minParts)
            throws IOException {
        List<File> files = list(conf, input);
        long warcBytes = files.stream().filter(File::isWarc).mapToLong(File::size).sum();
        partBytes = Math.min(partBytes, Math.max(MIN_PART_BYTES, warcBytes / Math.max(1, minParts)));
        var lineFiles = new ArrayList<File>();
        var warcs = new ArrayList<File>();
        for (File f : files) {
            if (f.isWarc()) warcs.add(f);
            else if (f.isLines()) lineFiles.add(f);
        }
        var offsets = new TreeMap<String, long[]>();
        if (!warcs.isEmpty()) {
            var shared = new SerializableConfiguration(conf);
            List<long[]> found = context.parallelize(warcs, warcs.size())
                    .map(f -> recordOffsets(f, shared.value())).collect();
            for (int i = 0; i < warcs.size(); i++) offsets.put(warcs.get(i).uri(), found.get(i));
        }
        var parts = new ArrayList<Part>();
        for (File f : files) {
            if (f.isLines()) continue;
            long[] records = offsets.get(f.uri());
            if (records == null || records.length == 0) {
                parts.add(new Part(f, 0, f.size(), 0));    // not a WARC, or one the reader will report as such
                continue;
            }
            int first = 0;
            for (int i = 1; i <= records.length; i++) {
                long end = i == records.length ? f.size() : records[i];
                if (i == records.length || end - records[first] >= partBytes) {
                    parts.add(new Part(f, records[first], end - records[first], first + 1));
                    first = i;
                }
            }
        }
        return new InputPlan(List.copyOf(lineFiles), List.copyOf(parts));
    }

    /** The offsets of the archive's records; none when it cannot be read, so that it is read whole and reported. */
    private static long[] recordOffsets(File file, Configuration conf) {
        var path = new org.apache.hadoop.fs.Path(file.uri());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return ArticleSources.warcRecordOffsets(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /**
     * The article files of the input, in the CLI's order, each once. A dataset folder (one holding
     * {@code dataset.yaml}), local or on any Hadoop file system, is read as {@code quotable build} reads it: the
     * files its {@code inputs} globs match, found and named by the build library; anything else is listed through
     * Hadoop.
     */
    static List<File> list(Configuration conf, String input) throws IOException {
        java.nio.file.Path dataset = localDataset(input);
        if (dataset != null) {
            var files = new ArrayList<File>();
            for (InputFile f : Builds.inputs(dataset).files())
                files.add(new File(f.path().toAbsolutePath().toUri().toString(), f.name(), java.nio.file.Files.size(f.path())));
            return files;
        }
        HadoopDataset remote = HadoopDataset.at(conf, input);
        if (remote != null) {
            var files = new ArrayList<File>();
            for (DatasetFolder.Entry f : Builds.inputs(remote)) files.add(new File(remote.uri(f.name()), f.name(), f.size()));
            return files;
        }
        Job job = Job.getInstance(conf);
        FileInputFormat.setInputPaths(job, input);    // splits the list as Hadoop does
        var files = new ArrayList<File>();
        for (org.apache.hadoop.fs.Path path : FileInputFormat.getInputPaths(job)) {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0)
                throw new FileNotFoundException(path + ": no such file or folder; give article files, folders of them, or a glob");
            for (FileStatus match : matches) {
                var found = new TreeMap<String, FileStatus>();
                if (match.isDirectory()) walk(fs, match.getPath(), "", found);
                else if (isArticleFile(match.getPath().getName())) found.put(match.getPath().getName(), match);
                found.forEach((name, status) -> files.add(new File(status.getPath().toString(), name, status.getLen())));
            }
        }
        return files;
    }

    /** The dataset folder the input names, when it is a local folder holding a dataset definition. */
    static java.nio.file.@org.jspecify.annotations.Nullable Path localDataset(String input) {
        if (input.contains(",") || input.contains("*") || (input.contains("://") && !input.startsWith("file:"))) return null;
        java.nio.file.Path folder;
        try {
            folder = input.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(input)) : java.nio.file.Path.of(input);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return java.nio.file.Files.isRegularFile(folder.resolve(DatasetDefinition.FILE_NAME)) ? folder : null;
    }

    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path folder, String prefix, TreeMap<String, FileStatus> found)
            throws IOException {
        for (FileStatus status : fs.listStatus(folder)) {
            String name = status.getPath().getName();
            if (name.startsWith(".")) continue;    // hidden, as quotable build leaves them out
            if (status.isDirectory()) walk(fs, status.getPath(), prefix + name + "/", found);
            else if (status.isFile() && isArticleFile(name)) found.put(prefix + name, status);
        }
    }

    private static boolean isArticleFile(String name) {
        return ArticleSources.isArticleFile(Path.of(name));
    }

    private static String formatName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }

    /** The format of a file as {@link ArticleSources#openStream} takes it: {@code jsonl}, {@code txt.gz}, …. */
    static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = formatName(lower);
        String extension = base.substring(base.lastIndexOf('.') + 1);
        return lower.endsWith(".gz") ? extension + ".gz" : extension;
    }
}
