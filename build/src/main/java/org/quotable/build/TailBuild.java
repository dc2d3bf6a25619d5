package org.quotable.build;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.CsvTableWriter;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.exporter.format.TableWriter;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.extractor.identity.SpeakerMerger;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build whose work is proportional to what changed, for the common way a dataset grows: articles added at the end
 * of its input (a new file that sorts after the others, lines appended to the last JSON Lines file). The articles
 * read before are not read, decoded, linked or encoded again: the CSV and JSON Lines files of the articles and quotes
 * tables are the last build's bytes with the new rows after them; only the new articles are read and extracted, and
 * only the speaker groups their quotes name are merged again ({@link SpeakerMerger#groupOf}). The speakers table is
 * written whole (a speaker's counts change), and so is each Parquet file, from the {@link TailState}'s spools.
 *
 * <p>The files are those a full build writes, byte for byte, because each row's bytes in CSV and JSON Lines depend
 * only on that row, and the rows are the same: the old articles' rows are unchanged when no speaker id of theirs
 * changes, which is checked (the groups are resolved with and without the new quotes and every old name's id
 * compared). Whenever anything is not as this needs (another input changed, an old output file was touched, a
 * speaker id moved, a new article repeats an old one's text …) {@link #attempt} returns null and the build runs in full.
 */
final class TailBuild {
    private static final Logger LOG = LoggerFactory.getLogger(TailBuild.class);
    /** A file shorter than this is read whole (the reader checks the first 8 KiB of a file), as {@link ReadCache} does. */
    private static final long SMALLEST_APPENDABLE = 8192;
    /** More new articles than this are built in full: the tail is held in memory until its speakers are known. */
    private static final int MOST_TAIL_ARTICLES = 50_000;
    private static final Comparator<SpeakerRecord> SPEAKER_ORDER = Comparator.comparingInt(SpeakerRecord::quoteCount).reversed()
            .thenComparing(SpeakerRecord::name).thenComparing(SpeakerRecord::speakerId);

    private TailBuild() {}

    /** What the outputs of a build depend on besides its inputs; a state of other options is not used. */
    static String options(BuildRequest request, ReadOptions readOptions) {
        ExportOptions export = request.exportOptions();
        return String.join("\n", ExtractorFingerprint.value(), QuoteTypes.cacheSuffix(request.types()), export.toString(),
                "csvSafe=" + export.csvSafe(), readOptions.toString(), QuotableSchema.VERSION.toString(), Builds.toolVersion());
    }

    /** Thrown from the sink when the tail is too long to hold: the build runs in full instead. */
    private static final class TooLong extends RuntimeException {
        TooLong() { super(null, null, false, false); }
    }

    /**
     * Builds by appending to the last build, or returns null (having written nothing) when that cannot give what a full
     * build gives.
     */
    static DatasetBuild.@Nullable Result attempt(Path folder, TailState state, String options, BuildRequest request, InputFiles inputs,
                                                BuildManifest.Inputs read, DatasetBuild build, ReadOptions readOptions,
                                                Consumer<ArticleProblem> onProblem, BuildListener progress) throws IOException {
        Path target = request.localOutput().toAbsolutePath().normalize();
        if (!state.options().equals(options) || !state.output().equals(target.toString())
                || !inputs.problems().isEmpty() || state.inputs().isEmpty())
            return null;
        List<BuildManifest.Input> manifest = read.inputs();
        Plan plan = plan(state, inputs.files(), manifest, read.last());
        if (!outputsAsLeft(state, target)) return null;
        // lines appended to an input that is not the last: their rows are inserted, those of the inputs after it move
        if (plan == null) return MiddleBuild.attempt(folder, state, request, inputs, read, build, readOptions, onProblem, progress);

        // The new articles, read and extracted as a full build would: duplicates of old texts are reported the same way.
        var tailArticles = new ArrayList<ArticleRecord>();
        var tailQuotes = new ArrayList<List<QuoteRecord>>();
        var tailProblems = new ArrayList<ArticleProblem>();
        DatasetBuild.Result tail;
        try {
            tail = build.run(problems -> ArticleSources.openInputs(plan.files(), readOptions, problems,
                    (input, readOpts, p) -> new NotSeenBefore(open(input, readOpts, p, plan), state.seen(), p)),
                    plan.files().size(), (article, quotes) -> {
                        if (tailArticles.size() >= MOST_TAIL_ARTICLES) throw new TooLong();
                        progress.articleRead(article);
                        tailArticles.add(article);
                        tailQuotes.add(quotes);
                    }, tailProblems::add, progress, null);
        } catch (TooLong e) {
            return null;
        }
        boolean leftOut = build.leftOut() > 0;

        Speakers speakers = speakers(folder, state, tailQuotes, state.attributionBytes());
        if (speakers == null) return null;

        var problems = new ArrayList<>(state.problems());
        problems.addAll(tail.problems());
        problems.forEach(onProblem);
        String shown = request.target();
        Map<String, OutputDigests.Digest> digests;
        try (BuildFolder out = BuildFolder.stage(request.localOutput())) {
            Path staging = out.staging();
            try {
                digests = write(state, folder, target, staging, request.exportOptions(), tailArticles, speakers);
            } catch (IOException e) {
                throw new BuildException(BuildException.Kind.IO, "cannot write the build: "
                        + String.valueOf(e.getMessage()).replace(staging.toString(), shown), e);
            }
            ProblemReport.write(staging.resolve(BuildFolder.ERRORS), problems);
            BuildManifest.write(staging, Builds.toolVersion(), QuotableSchema.VERSION.toString(), ExtractorFingerprint.value(),
                    request.exportOptions().formatList().stream().map(Format::extension).toList(), manifest,
                    OutputDigests.hashes(digests));
            out.commit();
        }
        long articles = state.articles() + tail.articles(), quotes = state.quotes() + tail.quotes();
        try {
            if (leftOut) TailState.forget(folder);   // a full build might not leave that article out
            else remember(folder, state, plan, inputs.files(), read, target, problems, tailArticles, speakers, articles, quotes, digests);
        } catch (IOException e) {
            LOG.warn("Cannot keep the state of this build for the next one: {}", e.toString());
            TailState.forget(folder);
        }
        return new DatasetBuild.Result(inputs.files().size(), articles, quotes, tail.extracted(), state.articles() + tail.cached(),
                List.copyOf(problems));
    }

    /**
     * The inputs to read: none of the old files changed except that the last may have grown by whole lines, and the
     * new files come after them.
     *
     * @param files   the files to read, in order: the grown file first (read from its old end), then the new ones
     * @param grown   the index of the grown file in the inputs, or -1
     */
    private record Plan(List<InputFile> files, int grown, long grownFrom, int grownLines) {}

    private static @Nullable Plan plan(TailState state, List<InputFile> files, List<BuildManifest.Input> manifest,
                                       BuildManifest.@Nullable LastInput lastInput) {
        List<TailState.Input> old = state.inputs();
        if (files.size() < old.size()) return null;
        for (int i = 0; i < old.size(); i++) if (!files.get(i).name().equals(old.get(i).name())) return null;
        for (int i = 0; i < old.size() - 1; i++)
            if (old.get(i).size() != manifest.get(i).size() || !old.get(i).sha256().equals(manifest.get(i).sha256())) return null;
        int last = old.size() - 1;
        TailState.Input before = old.get(last);
        BuildManifest.Input now = manifest.get(last);
        var read = new ArrayList<InputFile>();
        int grown = -1;
        if (before.size() != now.size() || !before.sha256().equals(now.sha256())) {
            InputFile file = files.get(last);
            String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
            InputScan end = before.end();
            if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || end == null || !end.endsWithLineBreak()
                    || before.size() < SMALLEST_APPENDABLE || now.size() <= before.size())
                return null;
            // its first bytes were checked against those the last build read while it was hashed (BuildManifest.inputs)
            if (lastInput == null || !lastInput.file().equals(file.path()) || lastInput.grownFrom() == null
                    || lastInput.grownFrom().size() != before.size() || !lastInput.grownFrom().sha256().equals(before.sha256()))
                return null;
            grown = last;
            read.add(file);
        }
        read.addAll(files.subList(old.size(), files.size()));
        return new Plan(List.copyOf(read), grown, before.size(), before.end() == null ? 0 : before.end().lines());
    }

    private static ArticleReader open(InputFile input, ReadOptions options, Consumer<ArticleProblem> problems, Plan plan)
            throws IOException {
        if (plan.grown() >= 0 && input == plan.files().get(0))
            return ArticleSources.openJsonLinesFrom(input, plan.grownFrom(), plan.grownLines(), options, problems);
        return ArticleSources.open(input, options, problems);
    }

    /** Whether every file the last build left in the output folder is still there as it was left. */
    static boolean outputsAsLeft(TailState state, Path target) {
        try {
            for (TailState.OutputFile file : state.outputs()) {
                Path path = target.resolve(file.name());
                if (!Files.isRegularFile(path) || Files.size(path) != file.size()
                        || Files.getLastModifiedTime(path).toMillis() != file.modified())
                    return false;
            }
            return !state.outputs().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The articles of a tail reader, less those whose text an old article has: the batch's duplicate detection knows
     * only the tail, so this reports them as it would, naming the old article, when they are read.
     */
    static final class NotSeenBefore implements ArticleReader {
        private final ArticleReader reader;
        private final Map<String, String> seen;
        private final Consumer<ArticleProblem> problems;

        NotSeenBefore(ArticleReader reader, Map<String, String> seen, Consumer<ArticleProblem> problems) {
            this.reader = reader;
            this.seen = seen;
            this.problems = problems;
        }

        @Override public java.util.Iterator<ArticleRecord> iterator() {
            var articles = reader.iterator();
            return new java.util.Iterator<>() {
                private @Nullable ArticleRecord next;

                @Override public boolean hasNext() {
                    while (next == null && articles.hasNext()) {
                        ArticleRecord article = articles.next();
                        String first = seen.get(article.textSha256());
                        if (first == null) next = article;
                        else problems.accept(ArticleProblem.warning(article.sourceFile(), null, "duplicate article "
                                + article.articleId() + ": same text as " + first + "; kept once"));
                    }
                    return next != null;
                }

                @Override public ArticleRecord next() {
                    if (!hasNext()) throw new java.util.NoSuchElementException();
                    ArticleRecord article = next;
                    next = null;
                    return article;
                }
            };
        }

        @Override public long skippedRecords() { return reader.skippedRecords(); }

        @Override public void close() throws IOException { reader.close(); }
    }

    /** The speakers after the tail: every row, in table order, the tail's quotes linked, its attributions. */
    record Speakers(List<SpeakerRecord> rows, List<List<QuoteRecord>> tailQuotes, List<TailState.Attribution> tailAttributions) {}

    /**
     * Merges again only the groups the tail's quotes name; null when that changes an old quote's speaker id (its rows
     * would change) or two groups would share an id (the full merge would join them). The old attributions carry the
     * ids the last build gave them, so the groups are merged once, with the tail, not also without it. The merge takes
     * them in input order: the old attributions before {@code insertAt} (a byte of the spool: the end of the input the
     * tail's rows follow), the tail's, then the old ones after.
     */
    static @Nullable Speakers speakers(Path folder, TailState state, List<List<QuoteRecord>> tailQuotes, long insertAt) throws IOException {
        var groups = new HashMap<String, String>();
        var touched = new HashSet<String>();
        for (List<QuoteRecord> quotes : tailQuotes)
            for (QuoteRecord q : quotes) {
                TailState.Attribution a = attribution(q, groups);
                if (a != null) touched.add(a.group());
            }
        var merger = new SpeakerMerger();
        var old = new ArrayList<TailState.Attribution>();
        var after = new ArrayList<TailState.Attribution>();
        if (!touched.isEmpty()) {
            try {
                Path spool = folder.resolve(TailState.ATTRIBUTIONS);
                old.addAll(TailState.attributions(spool, 0, insertAt, touched));
                if (insertAt < state.attributionBytes()) after.addAll(TailState.attributions(spool, insertAt, state.attributionBytes(), touched));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Not using the speaker state: {}", e.toString());
                return null;
            }
            for (TailState.Attribution a : old) add(merger, a);
        }
        for (List<QuoteRecord> quotes : tailQuotes)
            for (QuoteRecord q : quotes) merger.add(q);
        for (TailState.Attribution a : after) add(merger, a);
        old.addAll(after);
        SpeakerMerger.Directory is = merger.resolve();
        var replaced = new HashSet<String>();
        for (TailState.Attribution a : old) {
            if (a.speakerId() == null || !a.speakerId().equals(is.idOf(a.articleId(), a.speaker(), a.type()))) return null;
            replaced.add(a.speakerId());
        }
        var rows = new ArrayList<SpeakerRecord>();
        var kept = new HashSet<String>();
        for (SpeakerRecord row : state.speakers())
            if (!replaced.contains(row.speakerId())) {
                rows.add(row);
                kept.add(row.speakerId());
            }
        if (rows.size() + replaced.size() != state.speakers().size()) return null;   // an old id without its row
        for (SpeakerRecord row : is.rows()) {
            if (kept.contains(row.speakerId())) return null;
            rows.add(row);
        }
        rows.sort(SPEAKER_ORDER);
        var linked = new ArrayList<List<QuoteRecord>>(tailQuotes.size());
        var attributions = new ArrayList<TailState.Attribution>();
        for (List<QuoteRecord> quotes : tailQuotes) {
            List<QuoteRecord> withIds = quotes.stream().map(is::link).toList();
            linked.add(withIds);
            for (QuoteRecord q : withIds) {
                TailState.Attribution a = attribution(q, groups);
                if (a != null) attributions.add(a);
            }
        }
        return new Speakers(List.copyOf(rows), linked, attributions);
    }

    private static void add(SpeakerMerger merger, TailState.Attribution a) {
        merger.add(a.articleId(), a.speaker(), a.type(), a.role(), a.date());
    }

    /**
     * What the speaker merge takes from a quote, with the id it was linked to, or null for an unattributed one (the
     * merge ignores it).
     */
    static TailState.@Nullable Attribution attribution(QuoteRecord q, Map<String, String> groups) {
        String speaker = q.speaker();
        if (speaker == null || speaker.isBlank()) return null;
        boolean organization = q.speakerType() == org.quotable.schema.SpeakerType.ORGANIZATION;
        String group = groups.computeIfAbsent((organization ? "o" : "p") + speaker, k -> SpeakerMerger.groupOf(speaker, q.speakerType()));
        return new TailState.Attribution(group, q.articleId(), speaker, q.speakerType(), q.role(), q.date(), q.speakerId());
    }

    // ---- writing ----

    /**
     * Writes the tables into {@code staging}; returns the digests of the files appended to ({@link OutputDigests}),
     * each hashed from the state the last build kept at its old end.
     */
    private static Map<String, OutputDigests.Digest> write(TailState state, Path folder, Path target, Path staging, ExportOptions options,
                              List<ArticleRecord> tailArticles, Speakers speakers) throws IOException {
        var digests = new LinkedHashMap<String, OutputDigests.Digest>();
        var before = new HashMap<String, OutputDigests.Digest>();
        for (TailState.OutputFile f : state.outputs()) if (f.digest() != null) before.put(f.name(), f.digest());
        var tailQuotes = new ArrayList<QuoteRecord>();
        speakers.tailQuotes().forEach(tailQuotes::addAll);
        for (Format format : options.formatList()) {
            if (format == Format.PARQUET) {
                String articlesFile = format.fileName(QuotableSchema.ARTICLES), quotesFile = format.fileName(QuotableSchema.QUOTES);
                // No new rows: the same rows give the same bytes, so the old file is the new one.
                if (tailArticles.isEmpty()) copied(target, staging, articlesFile, before, digests);
                else {
                    var out = ParquetTableWriter.open(QuotableSchema.ARTICLES, staging.resolve(articlesFile), options.parquetSettings());
                    long copiedTo;
                    try (out; DataInputStream in = TailState.open(folder.resolve(TailState.ARTICLES), state.articleBytes())) {
                        long copied = copyAllButTheLastRowGroup(target.resolve(articlesFile), out);
                        copiedTo = out.position();
                        for (long i = 0; i < state.articles(); i++) {
                            int length = in.readInt();
                            if (i < copied) {                 // in a copied row group: not read
                                in.skipNBytes(length);
                                continue;
                            }
                            byte[] entry = new byte[length];
                            in.readFully(entry);
                            out.write(TailState.article(entry));
                        }
                        for (ArticleRecord a : tailArticles) out.write(a);
                    }
                    digests.put(articlesFile, OutputDigests.resumed(staging.resolve(articlesFile), before.get(articlesFile), copiedTo,
                            out.lastRowGroupStart()));
                }
                if (tailQuotes.isEmpty()) copied(target, staging, quotesFile, before, digests);
                else {
                    var out = ParquetTableWriter.open(QuotableSchema.QUOTES, staging.resolve(quotesFile), options.parquetSettings());
                    long copiedTo;
                    try (out; DataInputStream in = TailState.open(folder.resolve(TailState.QUOTES), state.quoteBytes())) {
                        long copied = copyAllButTheLastRowGroup(target.resolve(quotesFile), out);
                        copiedTo = out.position();
                        for (long n = 0; n < state.quotes(); ) {
                            byte[] entry = new byte[in.readInt()];
                            in.readFully(entry);
                            int count = CachedQuotes.count(entry);
                            if (n + count <= copied) {      // in a copied row group: not decoded
                                n += count;
                                continue;
                            }
                            for (QuoteRecord q : CachedQuotes.decode(entry)) if (n++ >= copied) out.write(q);
                        }
                        for (QuoteRecord q : tailQuotes) out.write(q);
                    }
                    digests.put(quotesFile, OutputDigests.resumed(staging.resolve(quotesFile), before.get(quotesFile), copiedTo,
                            out.lastRowGroupStart()));
                }
            } else {
                append(target, staging, QuotableSchema.ARTICLES, format, tailArticles, options.csvSafe());
                append(target, staging, QuotableSchema.QUOTES, format, tailQuotes, options.csvSafe());
                for (String name : List.of(format.fileName(QuotableSchema.ARTICLES), format.fileName(QuotableSchema.QUOTES)))
                    digests.put(name, OutputDigests.appended(staging.resolve(name), before.get(name)));
            }
            try (TableWriter<SpeakerRecord> out = writer(QuotableSchema.SPEAKERS, format,
                    staging.resolve(format.fileName(QuotableSchema.SPEAKERS)), options)) {
                for (SpeakerRecord row : speakers.rows()) out.write(row);
            }
        }
        return digests;
    }

    /** The old file as the new one (no new rows, the same bytes), with its digest. */
    private static void copied(Path target, Path staging, String name, Map<String, OutputDigests.Digest> before,
                               Map<String, OutputDigests.Digest> digests) throws IOException {
        copy(target.resolve(name), staging.resolve(name));
        OutputDigests.Digest digest = before.get(name);
        if (digest != null) digests.put(name, digest);
    }

    /**
     * Copies every row group of the last build's Parquet file but its last into {@code out}, byte for byte: those were
     * closed by the row or size limit, so a full build cuts the same rows into the same groups. Returns the rows copied.
     */
    private static long copyAllButTheLastRowGroup(Path old, ParquetTableWriter<?> out) throws IOException {
        return out.copyAllButTheLastRowGroup(old);
    }

    /** The old file's bytes, then the rows, encoded as the format's writer encodes them (without a second CSV header). */
    private static <R> void append(Path target, Path staging, Table<R> table, Format format, List<R> rows, boolean csvSafe)
            throws IOException {
        String name = format.fileName(table);
        Path to = staging.resolve(name);
        copy(target.resolve(name), to);
        if (rows.isEmpty()) return;
        var bytes = new ByteArrayOutputStream(rows.size() * 512);
        try (TableWriter<R> out = format == Format.CSV ? new CsvTableWriter<>(table, bytes, csvSafe) : new JsonlTableWriter<>(table, bytes)) {
            for (R row : rows) out.write(row);
        }
        byte[] encoded = bytes.toByteArray();
        int skip = 0;
        if (format == Format.CSV) {
            byte[] header = (String.join(",", table.columnNames()) + "\r\n").getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(encoded, 0, header.length, header, 0, header.length))
                throw new IllegalStateException("the CSV writer did not start with the header " + new String(header, StandardCharsets.UTF_8));
            skip = header.length;
        }
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.APPEND)) {
            out.write(encoded, skip, encoded.length - skip);
        }
    }

    /** A new file with the bytes of {@code from}, copied by the kernel where it can. */
    static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long at = 0; at < size; ) at += in.transferTo(at, size - at, out);
        }
    }

    static <R> TableWriter<R> writer(Table<R> table, Format format, Path file, ExportOptions options) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter<>(table, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), options.csvSafe());
            case JSONL -> new JsonlTableWriter<>(table, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW));
            case PARQUET -> ParquetTableWriter.open(table, file, options.parquetSettings());
        };
    }

    // ---- the next state ----

    private static void remember(Path folder, TailState state, Plan plan, List<InputFile> files, BuildManifest.Inputs read,
                                 Path target, List<ArticleProblem> problems, List<ArticleRecord> tailArticles, Speakers speakers,
                                 long articles, long quotes, Map<String, OutputDigests.Digest> digests) throws IOException {
        List<BuildManifest.Input> manifest = read.inputs();
        var inputs = new ArrayList<TailState.Input>(state.inputs());
        int oldLast = state.inputs().size() - 1, last = files.size() - 1;
        boolean grew = plan.grown() == oldLast;
        // The last input keeps its end (InputScan), to grow into the next tail build; an old last input that did not
        // grow keeps the end it had, to grow into a build that inserts its rows (MiddleBuild).
        if (grew || oldLast < last) {
            inputs.set(oldLast, oldLast == last ? Recorder.input(files.get(last), manifest.get(last), read.last())
                    : grew ? Recorder.unchanged(files.get(oldLast), manifest.get(oldLast)) : state.inputs().get(oldLast));
        }
        for (int i = oldLast + 1; i <= last; i++)
            inputs.add(i == last ? Recorder.input(files.get(i), manifest.get(i), read.last()) : Recorder.unchanged(files.get(i), manifest.get(i)));
        if (inputs.contains(null)) {
            TailState.forget(folder);
            return;
        }
        // each tail article's input, to count where each input's rows end in the spools
        var index = new HashMap<String, Integer>();
        for (int i = files.size() - 1; i >= 0; i--) index.put(files.get(i).name(), i);
        int[] tailInput = new int[tailArticles.size()];
        boolean known = true;
        for (int j = 0, at = grew ? oldLast : oldLast + 1; j < tailArticles.size(); j++) {
            Integer k = index.get(tailArticles.get(j).sourceFile());
            if (k == null || k < at) {
                known = false;
                break;
            }
            tailInput[j] = at = k;
        }
        long[][] counts = new long[files.size()][5];
        long articleBytes = appendTo(folder.resolve(TailState.ARTICLES), state.articleBytes(), out -> {
            for (int j = 0; j < tailArticles.size(); j++) {
                long[] c = counts[tailInput[j]];
                c[0]++;
                c[1] += TailState.article(out, tailArticles.get(j));
            }
        });
        long quoteBytes = appendTo(folder.resolve(TailState.QUOTES), state.quoteBytes(), out -> {
            for (int j = 0; j < tailArticles.size(); j++) {
                List<QuoteRecord> q = speakers.tailQuotes().get(j);
                long[] c = counts[tailInput[j]];
                c[2] += q.size();
                c[3] += Recorder.quotes(out, q);
            }
        });
        var groups = new HashMap<String, String>();
        long attributionBytes = appendTo(folder.resolve(TailState.ATTRIBUTIONS), state.attributionBytes(), out -> {
            for (int j = 0; j < tailArticles.size(); j++)
                for (QuoteRecord q : speakers.tailQuotes().get(j)) {
                    TailState.Attribution a = attribution(q, groups);
                    if (a != null) counts[tailInput[j]][4] += TailState.attribution(out, a);
                }
        });
        TailState.Ends base = state.inputs().get(oldLast).ends();
        if (known && base != null && state.inputs().stream().allMatch(i -> i.ends() != null)) {
            TailState.Ends at = base;
            for (int i = oldLast; i <= last; i++) {
                long[] c = counts[i];
                at = at.plus(new TailState.Ends(c[0], c[1], c[2], c[3], c[4]));
                inputs.set(i, inputs.get(i).withEnds(at));
            }
            if (at.articles() != articles || at.quotes() != quotes || at.articleBytes() != articleBytes
                    || at.quoteBytes() != quoteBytes || at.attributionBytes() != attributionBytes)
                known = false;
        } else known = false;
        if (!known) inputs.replaceAll(i -> i.withEnds(null));
        // the marks of the appended files: those before the old last input, its end when it did not grow, the new end
        Map<String, List<TailState.Mark>> marks = Recorder.lastMarks(digests, last);
        for (TailState.OutputFile f : state.outputs()) {
            List<TailState.Mark> now = marks.get(f.name());
            if (now == null) continue;
            var kept = new ArrayList<TailState.Mark>();
            for (TailState.Mark m : f.marks()) if (m.input() < oldLast) kept.add(m);
            ResumableSha256 end = f.digest() == null ? null : ResumableSha256.resume(f.digest().state());
            if (!grew && oldLast < last && end != null && end.length() == f.size())
                kept.add(new TailState.Mark(oldLast, f.size(), f.digest().state()));
            kept.addAll(now);
            marks.put(f.name(), kept);
        }
        var seen = new LinkedHashMap<>(state.seen());
        for (ArticleRecord a : tailArticles) seen.put(a.textSha256(), a.articleId() + " (" + a.sourceFile() + ")");
        new TailState(state.options(), state.output(), inputs, problems, seen, speakers.rows(), Recorder.outputs(target, digests, marks),
                articles, quotes, articleBytes, quoteBytes, attributionBytes).write(folder);
    }

    @FunctionalInterface
    private interface Spooler {
        void write(DataOutputStream out) throws IOException;
    }

    /** Cuts a spool back to its valid bytes, appends to it, and returns its new length. */
    private static long appendTo(Path spool, long valid, Spooler records) throws IOException {
        try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.WRITE)) {
            channel.truncate(valid);
        }
        try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(spool, StandardOpenOption.APPEND), 1 << 16))) {
            records.write(out);
        }
        return Files.size(spool);
    }

    /**
     * Records what a full build wrote, as it writes it, into a new {@link TailState}: the spools are written under
     * their real names once the old state is forgotten, and the state only when the build is in place.
     */
    static final class Recorder implements AutoCloseable {
        private final Path folder;
        private final DataOutputStream articles, quotes, attributions;
        private final Map<String, String> seen = new LinkedHashMap<>();
        private final Map<String, String> groups = new HashMap<>();
        private List<SpeakerRecord> speakers = List.of();
        private boolean failed, closed;
        /** Where each input's rows end in the spools ({@link TailState.Ends}), counted as they are written. */
        private final Map<String, Integer> inputIndex = new HashMap<>();
        private final long[][] counts;
        private int[] entryInputs = new int[1024];
        private int entries, entriesLinked, lastInput;
        private boolean endsKnown = true;

        private Recorder(Path folder, List<InputFile> files) throws IOException {
            this.folder = folder;
            for (int i = 0; i < files.size(); i++) inputIndex.putIfAbsent(files.get(i).name(), i);
            if (inputIndex.size() != files.size()) endsKnown = false;
            counts = new long[files.size()][5];
            articles = spool(folder.resolve(TailState.ARTICLES));
            quotes = spool(folder.resolve(TailState.QUOTES));
            attributions = spool(folder.resolve(TailState.ATTRIBUTIONS));
        }

        /** Starts recording into {@code folder}, or returns null when it cannot be written (the build goes on without). */
        static @Nullable Recorder start(Path folder, List<InputFile> files) {
            try {
                Files.createDirectories(folder);
                TailState.forget(folder);
                return new Recorder(folder, files);
            } catch (IOException e) {
                LOG.warn("Cannot keep the state of this build for the next one: {}", e.toString());
                return null;
            }
        }

        private static DataOutputStream spool(Path file) throws IOException {
            return new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        /** One article kept, in input order; {@code quoted} when it has quotes (their entry comes in {@link #quotes}). */
        void article(ArticleRecord a, boolean quoted) {
            if (failed) return;
            seen.putIfAbsent(a.textSha256(), a.articleId() + " (" + a.sourceFile() + ")");
            try {
                int bytes = TailState.article(articles, a);
                Integer input = inputIndex.get(a.sourceFile());
                if (input == null || input < lastInput) endsKnown = false;    // not in input order: no ends
                if (!endsKnown) return;
                lastInput = input;
                counts[input][0]++;
                counts[input][1] += bytes;
                if (quoted) {
                    if (entries == entryInputs.length) entryInputs = java.util.Arrays.copyOf(entryInputs, entries * 2);
                    entryInputs[entries++] = input;
                }
            } catch (IOException e) {
                fail(e);
            }
        }

        /** One article's quotes, linked, as the quotes table has them, in the order the speaker merge took them. */
        void quotes(List<QuoteRecord> linked) {
            if (failed) return;
            try {
                long attributionBytes = 0;
                for (QuoteRecord q : linked) {
                    TailState.Attribution a = TailBuild.attribution(q, groups);
                    if (a != null) attributionBytes += TailState.attribution(attributions, a);
                }
                int bytes = quotes(quotes, linked);
                if (!endsKnown || linked.isEmpty()) return;
                if (entriesLinked >= entries) {
                    endsKnown = false;
                    return;
                }
                long[] c = counts[entryInputs[entriesLinked++]];
                c[2] += linked.size();
                c[3] += bytes;
                c[4] += attributionBytes;
            } catch (IOException e) {
                fail(e);
            }
        }

        /** Writes one article's linked quotes to the quote spool; returns the bytes written (none for no quotes). */
        static int quotes(DataOutputStream out, List<QuoteRecord> linked) throws IOException {
            if (linked.isEmpty()) return 0;
            byte[] bytes = CachedQuotes.encode(linked);
            out.writeInt(bytes.length);
            out.write(bytes);
            return 4 + bytes.length;
        }

        void speakers(List<SpeakerRecord> rows) { speakers = List.copyOf(rows); }

        /** Where each input's rows end in the spools, or null when that was not known as they were written. */
        private @Nullable List<TailState.Ends> ends(long articleBytes, long quoteBytes, long attributionBytes, DatasetBuild.Result result) {
            if (!endsKnown || entriesLinked != entries) return null;
            var ends = new ArrayList<TailState.Ends>();
            TailState.Ends at = TailState.Ends.NONE;
            for (long[] c : counts) ends.add(at = at.plus(new TailState.Ends(c[0], c[1], c[2], c[3], c[4])));
            boolean whole = at.articles() == result.articles() && at.quotes() == result.quotes() && at.articleBytes() == articleBytes
                    && at.quoteBytes() == quoteBytes && at.attributionBytes() == attributionBytes;
            return whole ? ends : null;
        }

        /**
         * Writes the state of the build just put in place at {@code target}. An input before the last keeps the end
         * scan that the last state had for the same bytes ({@code recorded}), so lines appended to it later can be
         * inserted ({@link MiddleBuild}) without a scan of every input in a full build.
         */
        void commit(String options, Path target, List<InputFile> files, BuildManifest.Inputs read,
                    DatasetBuild.Result result, Map<String, OutputDigests.Digest> digests, List<TailState.Input> recorded) {
            try {
                close();
                if (failed) return;
                long articleBytes = Files.size(folder.resolve(TailState.ARTICLES)), quoteBytes = Files.size(folder.resolve(TailState.QUOTES)),
                        attributionBytes = Files.size(folder.resolve(TailState.ATTRIBUTIONS));
                List<TailState.Ends> ends = ends(articleBytes, quoteBytes, attributionBytes, result);
                List<BuildManifest.Input> manifest = read.inputs();
                var scans = new HashMap<String, InputScan>();
                for (TailState.Input r : recorded) if (r.end() != null) scans.put(r.name(), r.end());
                var inputs = new ArrayList<TailState.Input>();
                for (int i = 0; i < files.size(); i++) {
                    TailState.Input input = i == files.size() - 1 ? input(files.get(i), manifest.get(i), read.last())
                            : unchanged(files.get(i), manifest.get(i));
                    if (input == null) return;     // changed while being read
                    InputScan scan = scans.get(input.name());
                    if (input.end() == null && scan != null && scan.size() == input.size() && scan.sha256().equals(input.sha256()))
                        input = new TailState.Input(input.name(), input.size(), input.sha256(), scan);
                    inputs.add(ends == null ? input : input.withEnds(ends.get(i)));
                }
                new TailState(options, target.toString(), inputs, result.problems(), seen, speakers,
                        outputs(target, digests, lastMarks(digests, files.size() - 1)),
                        result.articles(), result.quotes(), articleBytes, quoteBytes, attributionBytes)
                        .write(folder);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot keep the state of this build for the next one: {}", e.toString());
            }
        }

        /** A mark of the last input's end in each appendable file: where its digest's state was taken. */
        static Map<String, List<TailState.Mark>> lastMarks(Map<String, OutputDigests.Digest> digests, int last) {
            var marks = new HashMap<String, List<TailState.Mark>>();
            digests.forEach((name, d) -> {
                if (name.endsWith(".parquet")) return;
                ResumableSha256 sha = ResumableSha256.resume(d.state());
                if (sha != null) marks.put(name, List.of(new TailState.Mark(last, sha.length(), d.state())));
            });
            return marks;
        }

        /**
         * A file that is not the last input, if its size and modification time are still those the build found (only
         * the last file can grow into a tail build, so only its lines are counted); else null.
         */
        static TailState.@Nullable Input unchanged(InputFile file, BuildManifest.Input now) throws IOException {
            if (Files.size(file.path()) != now.size() || Files.getLastModifiedTime(file.path()).toMillis() != now.modified()) return null;
            return new TailState.Input(now.file(), now.size(), now.sha256(), null);
        }

        /**
         * The last input with its {@link InputScan}, if its size and modification time are still those the build
         * found and the scan is of those bytes; else null. The scan is the one made when the build hashed the file
         * ({@code read}, when it is of this file), or one made now.
         */
        static TailState.@Nullable Input input(InputFile file, BuildManifest.Input now, BuildManifest.@Nullable LastInput read)
                throws IOException {
            if (unchanged(file, now) == null) return null;
            InputScan scan = read != null && read.file().equals(file.path()) ? read.scan() : InputScan.of(file.path());
            if (scan.size() != now.size() || !scan.sha256().equals(now.sha256())) return null;   // changed since
            return new TailState.Input(now.file(), now.size(), now.sha256(), scan);
        }

        /** The files of the output folder as they are now, with the digests and marks of those that have them. */
        static List<TailState.OutputFile> outputs(Path target, Map<String, OutputDigests.Digest> digests,
                                                  Map<String, List<TailState.Mark>> marks) throws IOException {
            var files = new ArrayList<TailState.OutputFile>();
            try (Stream<Path> children = Files.list(target)) {
                for (Path p : children.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".") || !Files.isRegularFile(p) || name.equals(BuildFolder.MANIFEST)) continue;
                    long size = Files.size(p);
                    OutputDigests.Digest digest = digests.get(name);
                    var sha = digest == null ? null : ResumableSha256.resume(digest.state());
                    // a digest's state is of the file's first bytes (all of them, or those before a Parquet file's last row group)
                    if (sha == null || sha.length() > size) digest = null;
                    var kept = new ArrayList<TailState.Mark>();
                    for (TailState.Mark m : marks.getOrDefault(name, List.of())) if (m.offset() <= size) kept.add(m);
                    files.add(new TailState.OutputFile(name, size, Files.getLastModifiedTime(p).toMillis(), digest, kept));
                }
            }
            return files;
        }

        private void fail(IOException e) {
            if (!failed) LOG.warn("Cannot keep the state of this build for the next one: {}", e.toString());
            failed = true;
        }

        @Override public void close() throws IOException {
            if (closed) return;
            closed = true;
            try (articles; quotes; attributions) {
                // closed by the try
            }
        }
    }
}
