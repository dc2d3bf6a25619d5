package org.quotable.spark.job;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.rdd.NewHadoopPartition;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.quotable.build.BuildManifest;
import org.quotable.build.Builds;
import org.quotable.build.DatasetFolder;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.Table;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.spark.internal.SharedExtractor;
import org.quotable.spark.internal.WireRows;
import scala.Option;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark plan of {@code quotable build}: reads article files of every input format from any Hadoop path (planned
 * by {@link InputPlan}: WARC archives in parts of whole records, JSON Lines by line splits, other files whole), extracts their quotes
 * with one {@link org.quotable.extractor.QuoteExtractor} per executor JVM, and writes the {@code quotes} and
 * {@code articles} tables under the output folder. Stateless; each {@link #run} is one job.
 *
 * <ol>
 *   <li><b>read</b>: every part of the plan becomes articles through the extractor's own readers (the same ids,
 *       names and normalization as {@code quotable build}), or problems naming the file and where in it;
 *   <li><b>order</b>: the read partitions (each of one file, in order) are sorted by file and start and joined into
 *       runs of about equal bytes ({@link InputOrder}), so part files concatenated in name order list rows in input
 *       order, and no article text is shuffled;
 *   <li><b>extract</b> in {@code mapPartitions}; an article whose extraction throws is reported and left out,
 *       with its quotes, and the job goes on;
 *   <li><b>deduplicate</b>: of articles with the same text, the first by file then position is kept, as
 *       {@code quotable build} does, and the others are reported and left out (found from the cached result by a
 *       shuffle of keys only);
 *   <li><b>write</b> each table in each chosen format as a folder {@code <table>.<extension>} of part files, with
 *       the schemas of {@link org.quotable.spark.sql.SparkSchemas}.
 * </ol>
 * The extraction result is persisted (memory, then disk) between writing the tables and counting, so articles are
 * extracted once.
 */
public final class ExtractionJob {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractionJob.class);

    private ExtractionJob() {}

    private static final Table<ArticleRecord> ARTICLES = QuotableSchema.ARTICLES;
    private static final Table<QuoteRecord> QUOTES = QuotableSchema.QUOTES;
    private static final Table<SpeakerRecord> SPEAKERS = QuotableSchema.SPEAKERS;

    /** The Hive-style partition column of {@link Partitioning#PUBLISHED_MONTH}. */
    public static final String MONTH = "published_month";

    // Bookkeeping columns that travel with each line; the tables' own columns keep their names.
    private static final String FILE = "_file", OFFSET = "_offset", PROBLEM = "_problem", LOCATION = "_location",
            WARNING = "_warning", RANK = "_rank",
            FIRST = "_first", QUOTE_ROWS = "_quotes", FAILURE = "_failure",
            DUPLICATE_FILE = "_duplicate_file", DUPLICATE_OFFSET = "_duplicate_offset";

    /**
     * An article or a problem read: its file and position in it (a sort key: a line's or record's byte offset, or the
     * article's number in a file read whole), what went wrong, where and how badly, or the article's columns (all
     * nullable: a problem has none).
     */
    private static final StructType READ = bookkeeping(List.of(
            field(FILE, DataTypes.StringType, false), field(OFFSET, DataTypes.LongType, false),
            field(PROBLEM, DataTypes.StringType, true), field(LOCATION, DataTypes.StringType, true),
            field(WARNING, DataTypes.BooleanType, false)), WireRows.schema(ARTICLES), true, List.of());

    /** A line after extraction: {@link #READ}, then the quotes and the failure. */
    private static final StructType EXTRACTED = bookkeeping(List.of(
            field(FILE, DataTypes.StringType, false), field(OFFSET, DataTypes.LongType, false),
            field(PROBLEM, DataTypes.StringType, true), field(LOCATION, DataTypes.StringType, true),
            field(WARNING, DataTypes.BooleanType, false)),
            WireRows.schema(ARTICLES), true, List.of(
                    field(QUOTE_ROWS, DataTypes.createArrayType(WireRows.schema(QUOTES), false), false),
                    field(FAILURE, DataTypes.StringType, true)));

    /** A duplicate: where it is, which article (id and file) it repeats, and its own id. */
    private static final StructType DUPLICATES = new StructType(new StructField[] {
            field(DUPLICATE_FILE, DataTypes.StringType, false), field(DUPLICATE_OFFSET, DataTypes.LongType, false),
            field(FIRST, DataTypes.StringType, true), field("article_id", DataTypes.StringType, true)});

    /**
     * Runs the job.
     *
     * @param input  a Hadoop path, folder, glob or comma-separated list of article files
     * @param output the folder the tables are written under
     * @throws FileNotFoundException      when a path (or glob) of the input matches nothing
     * @throws FileAlreadyExistsException when a table folder exists and {@link JobOptions#overwrite()} is off;
     *                                    nothing has been extracted then
     * @throws IOException                when the input or output cannot be checked
     */
    public static JobResult run(SparkSession spark, String input, String output, JobOptions options) throws IOException {
        requireNonNull(spark, "spark");
        requireNonNull(input, "input");
        requireNonNull(output, "output");
        requireNonNull(options, "options");
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(context.hadoopConfiguration());
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = options.partitions() > 0 ? options.partitions() : context.defaultParallelism();
        InputPlan plan = InputPlan.of(context, conf, input, options.warcPartBytes(), partitions);
        checkOutput(conf, output, options);
        // A dataset's build is recorded as quotable build records it (wherever the dataset and the output are), so it
        // can be verified and released; the inputs are described before anything is read, so a change during the run
        // shows.
        java.nio.file.Path dataset = InputPlan.localDataset(input);
        HadoopDataset remote = dataset == null ? HadoopDataset.at(conf, input) : null;
        List<BuildManifest.Input> manifestInputs = dataset != null ? describeInputs(context, conf, dataset)
                : remote != null ? describeInputs(context, conf, remote.location(), Builds.inputs(remote)) : null;

        var spans = new ArrayList<InputOrder.Span>();
        JavaRDD<Row> read = readParts(context, conf, plan.parts());
        for (InputPlan.Part p : plan.parts()) spans.add(new InputOrder.Span(p.file().name(), p.start(), p.length()));
        if (!plan.lineFiles().isEmpty()) {
            // Names by URI: the splits name their file by its path, the rows by its name in the input.
            var names = new java.util.HashMap<String, String>();
            for (InputPlan.File f : plan.lineFiles()) names.put(new Path(f.uri()).toUri().getPath(), f.name());
            Job lineJob = Job.getInstance(conf);
            FileInputFormat.setInputPaths(lineJob, plan.lineFiles().stream().map(f -> new Path(f.uri())).toArray(Path[]::new));
            JavaPairRDD<LongWritable, Text> lines = context.newAPIHadoopRDD(lineJob.getConfiguration(), TextInputFormat.class,
                    LongWritable.class, Text.class);
            for (org.apache.spark.Partition p : lines.rdd().partitions()) {
                var split = (FileSplit) ((NewHadoopPartition) p).serializableHadoopSplit().value();
                spans.add(new InputOrder.Span(names.getOrDefault(split.getPath().toUri().getPath(), displayName(split.getPath())),
                        split.getStart(), split.getLength()));
            }
            read = read.union(((JavaNewHadoopRDD<LongWritable, Text>) lines)
                    .mapPartitionsWithInputSplit((split, it) -> readSplit(names, split, it), true));
        }

        // Input order without a shuffle: the read partitions in file order, neighbours joined into about `partitions`
        // runs of equal bytes; the texts are extracted where they were read, and only the keys of the duplicate check
        // are shuffled. What scaling depends on: enough read parts (WARC record runs, line splits).
        var order = new InputOrder(spans);
        int runs = order.runs(partitions).size();
        LOG.info("quotable-spark plan: {} read parts ({} of them WARC record runs), {} JSON Lines files, {} extraction partitions",
                spans.size(), plan.parts().stream().filter(p -> !p.whole()).count(), plan.lineFiles().size(), runs);
        JavaRDD<Row> ordered = spans.isEmpty() ? read
                : new JavaRDD<>(read.rdd().coalesce(Math.max(1, runs), false, Option.apply(order), null), read.classTag());
        Dataset<Row> extracted = spark.createDataFrame(ordered.mapPartitions(ExtractionJob::extractPartition), EXTRACTED)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // The first action extracts every partition in parallel into the cache; all later ones read the cache.
            List<Row> duplicates = duplicates(extracted);
            Dataset<Row> unique = withoutDuplicates(spark, extracted, duplicates);
            Column kept = col(PROBLEM).isNull().and(col(FAILURE).isNull());
            Row counts = counts(unique, kept);
            boolean byMonth = options.partitioning() == Partitioning.PUBLISHED_MONTH;
            Column month = date_format(date_from_unix_date(col("published")), "yyyy-MM").as(MONTH);
            Dataset<Row> keptRows = unique.filter(kept);
            Dataset<Row> articleWire = byMonth ? keptRows.select(columnsWith(WireRows.schema(ARTICLES), month))
                    : keptRows.select(columnsOf(WireRows.schema(ARTICLES), null));
            Dataset<Row> quoteWire = byMonth ? keptRows.select(explode(col(QUOTE_ROWS)).as("q"), month).select(col("q.*"), col(MONTH))
                    : keptRows.select(explode(col(QUOTE_ROWS)).as("q")).select("q.*");
            Dataset<Row> articles = table(articleWire, ARTICLES, byMonth, null);
            // The articles need no speaker ids: they are written while the driver runs the speaker pass, whose merge
            // would otherwise leave the executors idle (and the planning of each write leaves the driver alone).
            var articleWrites = new java.util.concurrent.FutureTask<Void>(() -> {
                for (OutputFormat format : options.formats())
                    write(articles, format, options, byMonth, new Path(output, ARTICLES.name() + "." + format.extension()));
                return null;
            });
            var writer = new Thread(articleWrites, "quotable-articles-write");
            writer.setDaemon(true);
            writer.start();
            SpeakerIds speakers;
            try {
                speakers = SpeakerIds.of(context, keptRows.select(explode(col(QUOTE_ROWS)).as("q")).select("q.*"));
            } finally {
                awaitWrites(articleWrites);
            }
            Dataset<Row> quotes = table(quoteWire, QUOTES, byMonth, speakers);
            Dataset<Row> speakerTable = table(spark.createDataFrame(speakers.rows(), WireRows.schema(SPEAKERS)), SPEAKERS, false, null);
            for (OutputFormat format : options.formats()) {
                write(quotes, format, options, byMonth, new Path(output, QUOTES.name() + "." + format.extension()));
                write(speakerTable.coalesce(1), format, options, false, new Path(output, SPEAKERS.name() + "." + format.extension()));
            }
            // The problem queries (a sort each) only when the counts say there are problems besides duplicates.
            boolean anyProblem = counts.getLong(2) + counts.getLong(3) > 0;
            JobResult result = result(unique, duplicates, counts, options.problemSample(), speakers.rows().size(), anyProblem);
            if (manifestInputs != null)
                Builds.recordBuild(new HadoopFolder(output, conf), options.formats().stream().map(OutputFormat::extension).sorted().toList(),
                        manifestInputs, problems(unique, duplicates, Integer.MAX_VALUE, anyProblem));
            return result;
        } finally {
            extracted.unpersist();
        }
    }

    /**
     * The inputs of a dataset on a Hadoop file system as {@code build.json} records them, hashed in parallel (one
     * task per file, each reading it through the file system once): on a cluster the inputs are far too many bytes
     * for the driver to read alone.
     */
    private static List<BuildManifest.Input> describeInputs(JavaSparkContext context, Configuration conf, String root,
                                                            List<DatasetFolder.Entry> files) {
        if (files.isEmpty()) return List.of();
        var shared = new org.apache.spark.util.SerializableConfiguration(conf);
        // An Input is not Serializable; a task sends back its file's digest, and the driver has the rest.
        List<String> digests = context.parallelize(files, files.size())
                .map(f -> Builds.describeInput(new HadoopDataset(root, shared.value()), f).sha256()).collect();
        var inputs = new ArrayList<BuildManifest.Input>();
        for (int i = 0; i < files.size(); i++) {
            DatasetFolder.Entry f = files.get(i);
            inputs.add(new BuildManifest.Input(f.name(), f.size(), f.modified(), digests.get(i)));
        }
        return inputs;
    }

    /**
     * The inputs of a local dataset as {@code quotable build} records them (size and time as this machine's file
     * system gives them), their SHA-256 computed by tasks as for a dataset elsewhere: on one machine the driver would
     * hash alone, a serial step of some seconds a GB (ten times that on a JVM without C2, which has no SHA-256
     * intrinsic), and on a cluster the inputs must be readable by the executors anyway.
     */
    private static List<BuildManifest.Input> describeInputs(JavaSparkContext context, Configuration conf, java.nio.file.Path dataset)
            throws IOException {
        var files = new ArrayList<DatasetFolder.Entry>();
        for (var f : Builds.inputs(dataset).files())
            files.add(new DatasetFolder.Entry(f.name(), java.nio.file.Files.size(f.path()),
                    java.nio.file.Files.getLastModifiedTime(f.path()).toMillis()));
        return describeInputs(context, conf, new Path(dataset.toAbsolutePath().toUri()).toString(), files);
    }

    /**
     * The articles read whose text an earlier one (by file, then position) has, as {@code quotable build} finds them:
     * {@link #DUPLICATES} rows, in input order. Only the keys are shuffled; duplicates are rare, so they are few, and
     * are put in order here rather than by Spark: a global sort would add a sampling job (which, being the first
     * action, extracted everything) and a shuffle to the window's own.
     */
    private static List<Row> duplicates(Dataset<Row> extracted) {
        WindowSpec sameText = Window.partitionBy(col("text_sha256")).orderBy(col(FILE), col(OFFSET));
        List<Row> found = extracted.filter(col(PROBLEM).isNull())
                .select(col("text_sha256"), col(FILE), col(OFFSET), col("article_id"))
                .withColumn(RANK, row_number().over(sameText))
                .withColumn(FIRST, concat(first(col("article_id")).over(sameText), lit(" ("), first(col(FILE)).over(sameText), lit(")")))
                .filter(col(RANK).gt(1))
                .select(col(FILE).as(DUPLICATE_FILE), col(OFFSET).as(DUPLICATE_OFFSET), col(FIRST), col("article_id"))
                .collectAsList();
        var inOrder = new ArrayList<>(found);
        inOrder.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)).thenComparingLong(r -> r.getLong(1)));
        return inOrder;
    }

    /** The extracted rows but the duplicates, by a broadcast anti-join that keeps the rows' order and partitions. */
    private static Dataset<Row> withoutDuplicates(SparkSession spark, Dataset<Row> extracted, List<Row> duplicates) {
        if (duplicates.isEmpty()) return extracted;
        Dataset<Row> keys = spark.createDataFrame(duplicates, DUPLICATES).select(DUPLICATE_FILE, DUPLICATE_OFFSET);
        return extracted.join(broadcast(keys), col(FILE).equalTo(keys.col(DUPLICATE_FILE))
                .and(col(OFFSET).equalTo(keys.col(DUPLICATE_OFFSET))), "left_anti");
    }

    /** The parts of the plan, one task each, read into {@link #READ} rows. */
    private static JavaRDD<Row> readParts(JavaSparkContext context, Configuration conf, List<InputPlan.Part> parts) {
        if (parts.isEmpty()) return context.emptyRDD();
        var shared = new org.apache.spark.util.SerializableConfiguration(conf);
        return context.parallelize(parts, parts.size())
                .flatMap(part -> PartReader.read(part, shared.value(), ExtractionJob::readRow).iterator());
    }

    private static void checkOutput(Configuration conf, String output, JobOptions options) throws IOException {
        if (options.overwrite()) return;
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        for (OutputFormat format : options.formats())
            for (Table<?> table : QuotableSchema.TABLES) {
                Path folder = new Path(root, table.name() + "." + format.extension());
                if (fs.exists(folder))
                    throw new FileAlreadyExistsException(folder.toString(), null,
                            "the output exists; choose another output folder, or overwrite it (--overwrite)");
            }
    }

    /** One Hadoop split of lines, read into {@link #READ} rows, lazily. */
    private static Iterator<Row> readSplit(java.util.Map<String, String> names, InputSplit split,
                                           Iterator<Tuple2<LongWritable, Text>> lines) {
        Path splitPath = ((FileSplit) split).getPath();
        String file = names.getOrDefault(splitPath.toUri().getPath(), displayName(splitPath));
        return new Iterator<>() {
            private @Nullable Row next;

            @Override public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Tuple2<LongWritable, Text> line = lines.next();
                    long offset = line._1().get();
                    var problems = new ArrayList<ArticleProblem>(1);
                    ArticleRecord article = ArticleSources.readJsonLine(line._2().toString(), file, "offset " + offset, ReadOptions.DEFAULT, problems::add);
                    if (article != null) next = readRow(file, offset, null, WireRows.values(ARTICLES, article));
                    else if (!problems.isEmpty()) next = readRow(file, offset, problems.get(0), null);
                }
                return next != null;
            }

            @Override public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    /** A row of {@link #READ}: an article, or a problem (whose location is the offset's when it has none). */
    static Row readRow(String file, long offset, @Nullable ArticleProblem problem, Object @Nullable [] article) {
        Object[] values = new Object[5 + ARTICLES.columns().size()];
        values[0] = file;
        values[1] = offset;
        values[2] = problem == null ? null : problem.reason();
        values[3] = problem == null ? null : problem.location() != null ? problem.location() : "offset " + offset;
        values[4] = problem != null && problem.severity() == ArticleProblem.Severity.WARNING;
        if (article != null) System.arraycopy(article, 0, values, 5, article.length);
        return RowFactory.create(values);
    }

    /**
     * How {@code articles.source_file} names a file: a local file by its path, as {@code quotable build} does for
     * the same path; any other by its URI ({@code hdfs://nn/news/2025.jsonl}).
     */
    static String displayName(Path path) {
        var uri = path.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : path.toString();
    }

    /** One partition of ordered articles, extracted with this JVM's extractor, into {@link #EXTRACTED} rows. */
    private static Iterator<Row> extractPartition(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override public boolean hasNext() {
                return rows.hasNext();
            }

            @Override public Row next() {
                return extractRow(rows.next());
            }
        };
    }

    /**
     * A {@link #READ} row extracted. Duplicates are extracted too (they are found afterwards, from the cache, so that
     * the texts need not be shuffled to find them first; they are rare) and left out of the tables then.
     */
    private static Row extractRow(Row row) {
        int articleColumns = ARTICLES.columns().size();
        Object[] values = new Object[5 + articleColumns + 2];
        for (int i = 0; i < 5 + articleColumns; i++) values[i] = row.get(i);
        List<Row> quoteRows = List.of();
        String failure = null;
        if (values[2] == null) {
            ArticleRecord article = WireRows.record(ARTICLES, row, 5);
            try {
                var rowsOfQuotes = new ArrayList<Row>();
                for (QuoteRecord quote : SharedExtractor.get().extract(article)) rowsOfQuotes.add(WireRows.row(QUOTES, quote));
                quoteRows = rowsOfQuotes;
            } catch (RuntimeException e) {
                // A crash on one article must not cost the batch; as in quotable build, it is left out and reported.
                failure = "extraction failed, article left out: " + e;
            }
        }
        values[5 + articleColumns] = CollectionConverters.asScala(quoteRows).toSeq();
        values[6 + articleColumns] = failure;
        return RowFactory.create(values);
    }

    /** The rows re-encoded with the table's nullability, then typed and commented as its Spark schema. */
    /**
     * The rows re-encoded with the table's nullability (quotes linked to their speakers on the way), then typed and
     * commented as its Spark schema; with the month they are partitioned by, when they are.
     */
    private static Dataset<Row> table(Dataset<Row> wire, Table<?> table, boolean byMonth, @Nullable SpeakerIds speakers) {
        StructType schema = WireRows.schema(table);
        Column[] columns = WireRows.finalColumns(table, "");
        if (byMonth) {
            schema = schema.add(MONTH, DataTypes.StringType, true);
            columns = java.util.Arrays.copyOf(columns, columns.length + 1);
            columns[columns.length - 1] = col(MONTH);
        }
        MapPartitionsFunction<Row, Row> encode = speakers == null ? rows -> rows : speakers::link;
        return wire.mapPartitions(encode, Encoders.row(schema)).select(columns);
    }

    private static void write(Dataset<Row> table, OutputFormat format, JobOptions options, boolean byMonth, Path folder) {
        DataFrameWriter<Row> writer = table.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (byMonth) writer = writer.partitionBy(MONTH);
        switch (format) {
            case PARQUET -> writer.parquet(folder.toString());
            case CSV -> csv(writer).csv(folder.toString());
            case JSONL -> writer.option("ignoreNullFields", false).json(folder.toString());
        }
    }

    /**
     * The CSV dialect of {@code quotable build}'s CSV files, as far as Spark's writer can: a header line, inner
     * quotes doubled (RFC 4180; Spark's default {@code \"} makes pandas and DuckDB split rows), values written
     * exactly (Spark trims them by default), a null as an empty unquoted field and an empty string as {@code ""}.
     * Lines end in LF rather than CRLF, which every CSV reader accepts.
     */
    static DataFrameWriter<Row> csv(DataFrameWriter<Row> writer) {
        return writer.option("header", true)
                .option("quote", "\"")
                .option("escape", "\"")
                .option("ignoreLeadingWhiteSpace", false)
                .option("ignoreTrailingWhiteSpace", false)
                .option("nullValue", "")
                .option("emptyValue", "\"\"")
                .option("dateFormat", "yyyy-MM-dd")
                .option("encoding", "UTF-8");
    }

    /** Of the rows but duplicates: articles kept, their quotes, errors and warnings. */
    private static Row counts(Dataset<Row> unique, Column kept) {
        Column failed = col(PROBLEM).isNotNull().and(col(WARNING).equalTo(false)).or(col(FAILURE).isNotNull());
        Column warned = col(PROBLEM).isNotNull().and(col(WARNING));
        return unique.agg(
                count(when(kept, lit(1))),
                coalesce(sum(when(kept, size(col(QUOTE_ROWS)))), lit(0L)),
                count(when(failed, lit(1))),
                count(when(warned, lit(1)))).first();
    }

    /** Waits for the articles' writes; their failure is the job's. */
    private static void awaitWrites(java.util.concurrent.FutureTask<Void> writes) {
        try {
            writes.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the articles", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static JobResult result(Dataset<Row> unique, List<Row> duplicates, Row counts, int sampleSize, long speakers,
                                    boolean anyProblem) {
        List<ArticleProblem> sample = sampleSize > 0 ? problems(unique, duplicates, sampleSize, anyProblem) : List.of();
        long errors = counts.getLong(2), warnings = counts.getLong(3);
        return new JobResult(counts.getLong(0), counts.getLong(1), speakers, duplicates.size(),
                duplicates.size() + errors + warnings, errors, sample);
    }

    /**
     * The first problems in input order: unreadable inputs and failed extractions (of the rows but duplicates), and
     * the duplicates. Without {@code anyProblem} (the counts found no unreadable input and no failure) only the
     * duplicates, without a query.
     */
    private static List<ArticleProblem> problems(Dataset<Row> unique, List<Row> duplicates, int limit, boolean anyProblem) {
        var found = new ArrayList<Row>();
        if (anyProblem)
            found.addAll(unique.filter(col(PROBLEM).isNotNull().or(col(FAILURE).isNotNull()))
                    .select(col(FILE), col(OFFSET), col(PROBLEM), lit(null).cast(DataTypes.StringType), col(FAILURE),
                            col("article_id"), col(LOCATION), col(WARNING))
                    .orderBy(col(FILE), col(OFFSET)).limit(limit).collectAsList());
        for (Row d : duplicates)
            found.add(RowFactory.create(d.getString(0), d.getLong(1), null, d.getString(2), null, d.getString(3), null, false));
        found.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)).thenComparingLong(r -> r.getLong(1)));
        var problems = new ArrayList<ArticleProblem>();
        for (Row r : found.subList(0, Math.min(limit, found.size()))) problems.add(problem(r));
        return problems;
    }

    private static ArticleProblem problem(Row r) {
        String file = r.getString(0), location = "offset " + r.getLong(1);
        if (!r.isNullAt(2))
            return r.getBoolean(7) ? ArticleProblem.warning(file, r.getString(6), r.getString(2))
                    : ArticleProblem.error(file, r.getString(6), r.getString(2));
        if (!r.isNullAt(3))    // worded as quotable build words it
            return ArticleProblem.warning(file, null, "duplicate article " + r.getString(5) + ": same text as "
                    + r.getString(3) + "; kept once");
        return ArticleProblem.error(file, "article " + r.getString(5), r.getString(4));
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    private static StructType bookkeeping(List<StructField> before, StructType article, boolean articleNullable,
                                          List<StructField> after) {
        var fields = new ArrayList<>(before);
        for (StructField f : article.fields())
            fields.add(new StructField(f.name(), f.dataType(), articleNullable || f.nullable(), f.metadata()));
        fields.addAll(after);
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The columns of {@code schema} by name, and then {@code extra} if given. */
    private static Column[] columnsOf(StructType schema, @Nullable String extra) {
        return columnsWith(schema, extra == null ? null : col(extra));
    }

    private static Column[] columnsWith(StructType schema, @Nullable Column extra) {
        var columns = new ArrayList<Column>();
        for (String name : schema.fieldNames()) columns.add(col(name));
        if (extra != null) columns.add(extra);
        return columns.toArray(Column[]::new);
    }
}
