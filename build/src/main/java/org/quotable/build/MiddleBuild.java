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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.ExportOptions;
import org.quotable.exporter.format.CsvTableWriter;
import org.quotable.exporter.format.Format;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.exporter.format.ParquetTableWriter;
import org.quotable.exporter.format.TableWriter;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build for lines appended to a JSON Lines input that is not the last one: its new articles' rows go between the
 * rows of the inputs before it and those of the inputs after it, which move. Only the new articles are read and
 * extracted. The CSV and JSON Lines files are the last build's bytes up to the end of that input's rows, the new rows,
 * then the moved rows (encoded again from the spools and compared with the old file's last bytes, which gives where
 * the input's rows end); the Parquet files copy the row groups that end before the new rows and encode the rest; the
 * speaker groups the new quotes name are merged again, taking the attributions in input order; {@code build.json}
 * hashes the CSV and JSON Lines files from the state kept where the input's rows ended ({@link TailState.Mark}).
 * Work is the new rows plus the moved ones (the rows of the inputs after this one), not the table.
 *
 * <p>Whatever is not as this needs (another input changed too, a spool without the inputs' ends, moved bytes that
 * are not the old file's, a new article with the text of a moved one, which a full build would keep in the moved
 * one's place …) returns null, having written nothing, and the build runs in full.
 */
final class MiddleBuild {
    private static final Logger LOG = LoggerFactory.getLogger(MiddleBuild.class);
    /** A file shorter than this is read whole (the reader checks the first 8 KiB of a file), as {@link TailBuild} does. */
    private static final long SMALLEST_APPENDABLE = 8192;
    /** More new articles than this are built in full: they are held in memory until their speakers are known. */
    private static final int MOST_NEW_ARTICLES = 50_000;
    /** Rows to move of more spool bytes than this are built in full: they are held in memory. */
    private static final long MOST_MOVED_BYTES = 256L << 20;

    private MiddleBuild() {}

    /** Thrown from the sink when the new articles are too many to hold: the build runs in full instead. */
    private static final class TooMany extends RuntimeException {
        TooMany() { super(null, null, false, false); }
    }

    /** The rows of the inputs after the grown one, as the last build wrote them. */
    private record Moved(List<ArticleRecord> articles, List<QuoteRecord> quotes) {}

    /** One CSV or JSON Lines file to write: the old bytes up to {@code at}, then {@code inserted}, then {@code moved}. */
    private record Splice(String name, long at, byte[] inserted, byte[] moved) {}

    /**
     * Builds by inserting the new lines' rows into the last build, or returns null (having written nothing). The
     * caller has checked the options, the output folder and that the tail build does not apply.
     */
    static DatasetBuild.@Nullable Result attempt(Path folder, TailState state, BuildRequest request, InputFiles inputs,
                                                BuildManifest.Inputs read, DatasetBuild build, ReadOptions readOptions,
                                                Consumer<ArticleProblem> onProblem, BuildListener progress) throws IOException {
        Path target = request.localOutput().toAbsolutePath().normalize();
        List<InputFile> files = inputs.files();
        List<TailState.Input> old = state.inputs();
        List<BuildManifest.Input> manifest = read.inputs();
        if (files.size() != old.size() || files.size() < 2) return null;
        int grown = -1;
        for (int i = 0; i < old.size(); i++) {
            TailState.Input was = old.get(i);
            if (!files.get(i).name().equals(was.name()) || was.ends() == null) return null;
            if (was.size() == manifest.get(i).size() && was.sha256().equals(manifest.get(i).sha256())) continue;
            if (grown >= 0) return null;      // two inputs changed: not an insertion at one place
            grown = i;
        }
        int last = old.size() - 1;
        if (grown < 0 || grown == last) return null;
        TailState.Input before = old.get(grown);
        InputFile file = files.get(grown);
        InputScan end = before.end();
        BuildManifest.LastInput scanned = read.grown().get(grown);
        String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        // its first bytes were checked against those the last build read while it was hashed (BuildManifest.inputs)
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || end == null || !end.endsWithLineBreak()
                || before.size() < SMALLEST_APPENDABLE || scanned == null || scanned.grownFrom() == null
                || scanned.grownFrom().size() != before.size() || !scanned.grownFrom().sha256().equals(before.sha256()))
            return null;
        TailState.Ends at = before.ends(), all = old.get(last).ends();
        if (at == null || all == null || !all.equals(new TailState.Ends(state.articles(), state.articleBytes(), state.quotes(),
                state.quoteBytes(), state.attributionBytes())))
            return null;
        if (all.articleBytes() - at.articleBytes() + all.quoteBytes() - at.quoteBytes() > MOST_MOVED_BYTES) return null;
        int split = problemSplit(state.problems(), files, grown);
        if (split < 0) return null;

        Moved moved;
        try {
            moved = moved(folder, at, all);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Not using the spools: {}", e.toString());
            return null;
        }
        if (moved.articles().size() != all.articles() - at.articles() || moved.quotes().size() != all.quotes() - at.quotes()) return null;
        var movedTexts = new HashSet<String>();
        for (ArticleRecord a : moved.articles()) movedTexts.add(a.textSha256());
        // A new article with the text of a moved one is kept in a full build and the moved one reported: not this build.
        var seen = new HashMap<>(state.seen());
        seen.keySet().removeAll(movedTexts);

        var newArticles = new ArrayList<ArticleRecord>();
        var newQuotes = new ArrayList<List<QuoteRecord>>();
        var newProblems = new ArrayList<ArticleProblem>();
        DatasetBuild.Result tail;
        try {
            tail = build.run(problems -> ArticleSources.openInputs(List.of(file), readOptions, problems,
                    (input, readOpts, p) -> new TailBuild.NotSeenBefore(
                            ArticleSources.openJsonLinesFrom(input, before.size(), end.lines(), readOpts, p), seen, p)),
                    1, (article, quotes) -> {
                        if (newArticles.size() >= MOST_NEW_ARTICLES) throw new TooMany();
                        progress.articleRead(article);
                        newArticles.add(article);
                        newQuotes.add(quotes);
                    }, newProblems::add, progress, null);
        } catch (TooMany e) {
            return null;
        }
        for (ArticleRecord a : newArticles) if (movedTexts.contains(a.textSha256())) return null;
        boolean leftOut = build.leftOut() > 0;

        TailBuild.Speakers speakers = TailBuild.speakers(folder, state, newQuotes, at.attributionBytes());
        if (speakers == null) return null;
        var linked = new ArrayList<QuoteRecord>();
        speakers.tailQuotes().forEach(linked::addAll);

        ExportOptions options = request.exportOptions();
        var outputsBefore = new HashMap<String, TailState.OutputFile>();
        for (TailState.OutputFile f : state.outputs()) outputsBefore.put(f.name(), f);
        var splices = new ArrayList<Splice>();
        for (Format format : options.formatList()) {
            if (format == Format.PARQUET) continue;
            splices.add(splice(target, QuotableSchema.ARTICLES, format, newArticles, moved.articles(), options.csvSafe()));
            splices.add(splice(target, QuotableSchema.QUOTES, format, linked, moved.quotes(), options.csvSafe()));
        }
        if (splices.contains(null)) return null;    // the moved rows are not the old file's last bytes

        var problems = new ArrayList<>(state.problems().subList(0, split));
        problems.addAll(tail.problems());
        problems.addAll(state.problems().subList(split, state.problems().size()));
        problems.forEach(onProblem);
        String shown = request.target();
        var digests = new LinkedHashMap<String, OutputDigests.Digest>();
        var marks = new HashMap<String, List<TailState.Mark>>();
        try (BuildFolder out = BuildFolder.stage(request.localOutput())) {
            Path staging = out.staging();
            try {
                for (Splice s : splices) write(target, staging, s, outputsBefore.get(s.name()), grown, last, digests, marks);
                if (options.formatList().contains(Format.PARQUET)) {
                    Map<String, OutputDigests.Digest> kept = new HashMap<>();
                    for (TailState.OutputFile f : state.outputs()) if (f.digest() != null) kept.put(f.name(), f.digest());
                    parquet(folder, state, target, staging, options, at, newArticles, linked, moved, kept, digests);
                }
                for (Format format : options.formatList())
                    try (TableWriter<SpeakerRecord> w = TailBuild.writer(QuotableSchema.SPEAKERS, format,
                            staging.resolve(format.fileName(QuotableSchema.SPEAKERS)), options)) {
                        for (SpeakerRecord row : speakers.rows()) w.write(row);
                    }
            } catch (IOException e) {
                throw new BuildException(BuildException.Kind.IO, "cannot write the build: "
                        + String.valueOf(e.getMessage()).replace(staging.toString(), shown), e);
            }
            ProblemReport.write(staging.resolve(BuildFolder.ERRORS), problems);
            BuildManifest.write(staging, Builds.toolVersion(), QuotableSchema.VERSION.toString(), ExtractorFingerprint.value(),
                    options.formatList().stream().map(Format::extension).toList(), manifest, OutputDigests.hashes(digests));
            out.commit();
        }
        long articles = state.articles() + tail.articles(), quotes = state.quotes() + tail.quotes();
        try {
            if (leftOut) TailState.forget(folder);   // a full build might not leave that article out
            else remember(folder, state, files, manifest, scanned, grown, target, problems, newArticles, speakers, articles, quotes,
                    digests, marks);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the state of this build for the next one: {}", e.toString());
            TailState.forget(folder);
        }
        return new DatasetBuild.Result(files.size(), articles, quotes, tail.extracted(), state.articles() + tail.cached(),
                List.copyOf(problems));
    }

    /**
     * Where the new articles' problems go among the old ones: after those of the inputs up to the grown one. -1 when
     * the old problems are not in input order by their file (the full build's order then is not known here).
     */
    private static int problemSplit(List<ArticleProblem> problems, List<InputFile> files, int grown) {
        var index = new HashMap<String, Integer>();
        for (int i = files.size() - 1; i >= 0; i--) index.put(files.get(i).name(), i);
        int split = problems.size(), previous = 0;
        for (int p = 0; p < problems.size(); p++) {
            Integer k = index.get(problems.get(p).file());
            if (k == null || k < previous) return -1;
            previous = k;
            if (k > grown && split == problems.size()) split = p;
        }
        return split;
    }

    /** The article and quote rows of the spools after the grown input's end, in order. */
    private static Moved moved(Path folder, TailState.Ends at, TailState.Ends all) throws IOException {
        var articles = new ArrayList<ArticleRecord>();
        for (byte[] entry : entries(folder.resolve(TailState.ARTICLES), at.articleBytes(), all.articleBytes()))
            articles.add(TailState.article(entry));
        var quotes = new ArrayList<QuoteRecord>();
        for (byte[] entry : entries(folder.resolve(TailState.QUOTES), at.quoteBytes(), all.quoteBytes()))
            quotes.addAll(CachedQuotes.decode(entry));
        return new Moved(articles, quotes);
    }

    /** The length-prefixed entries of a spool between two entry starts. */
    private static List<byte[]> entries(Path spool, long from, long to) throws IOException {
        byte[] bytes = read(spool, from, to);
        var entries = new ArrayList<byte[]>();
        var in = java.nio.ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) throw new IOException("damaged spool " + spool);
            byte[] entry = new byte[length];
            in.get(entry);
            entries.add(entry);
        }
        return entries;
    }

    private static byte[] read(Path file, long from, long to) throws IOException {
        byte[] bytes = new byte[Math.toIntExact(to - from)];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            channel.position(from);
            while (buffer.hasRemaining())
                if (channel.read(buffer) < 0) throw new java.io.EOFException(file + " is shorter than its state says");
        }
        return bytes;
    }

    /**
     * The splice of one CSV or JSON Lines file: the moved rows encoded as the writer encodes them must be the old
     * file's last bytes (each row's bytes depend only on the row), which gives where the grown input's rows end; null
     * when they are not.
     */
    private static <R> @Nullable Splice splice(Path target, Table<R> table, Format format, List<R> inserted, List<R> moved,
                                               boolean csvSafe) throws IOException {
        String name = format.fileName(table);
        Path file = target.resolve(name);
        byte[] movedBytes = encoded(table, format, moved, csvSafe);
        long size = Files.size(file), at = size - movedBytes.length;
        if (at < 0 || !Arrays.equals(read(file, at, size), movedBytes)) return null;
        return new Splice(name, at, encoded(table, format, inserted, csvSafe), movedBytes);
    }

    /** Rows as the format's writer encodes them, without a CSV header. */
    private static <R> byte[] encoded(Table<R> table, Format format, List<R> rows, boolean csvSafe) throws IOException {
        var bytes = new ByteArrayOutputStream(Math.max(256, rows.size() * 512));
        try (TableWriter<R> out = format == Format.CSV ? new CsvTableWriter<>(table, bytes, csvSafe) : new JsonlTableWriter<>(table, bytes)) {
            for (R row : rows) out.write(row);
        }
        byte[] encoded = bytes.toByteArray();
        if (format != Format.CSV) return encoded;
        byte[] header = (String.join(",", table.columnNames()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(encoded, 0, header.length, header, 0, header.length))
            throw new IllegalStateException("the CSV writer did not start with the header " + new String(header, StandardCharsets.UTF_8));
        return Arrays.copyOfRange(encoded, header.length, encoded.length);
    }

    /**
     * Writes one spliced file and its digest, hashed from the state kept where the grown input's rows ended when there
     * is one (else from the start), with the marks of the next state: those before the grown input, its new end, the
     * file's end.
     */
    private static void write(Path target, Path staging, Splice s, TailState.@Nullable OutputFile was, int grown, int last,
                              Map<String, OutputDigests.Digest> digests, Map<String, List<TailState.Mark>> marks) throws IOException {
        Path to = staging.resolve(s.name());
        try (FileChannel in = FileChannel.open(target.resolve(s.name()), StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long done = 0; done < s.at(); ) done += in.transferTo(done, s.at() - done, out);
        }
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.APPEND)) {
            out.write(s.inserted());
            out.write(s.moved());
        }
        ResumableSha256 sha = null;
        var kept = new ArrayList<TailState.Mark>();
        if (was != null)
            for (TailState.Mark m : was.marks()) {
                if (m.input() < grown) kept.add(m);
                if (m.input() == grown && m.offset() == s.at()) sha = ResumableSha256.resume(m.state());
            }
        if (sha == null || sha.length() != s.at()) {
            sha = new ResumableSha256();
            try (FileChannel channel = FileChannel.open(to, StandardOpenOption.READ)) {
                sha.update(channel, 0, s.at());
            }
        }
        sha.update(s.inserted(), 0, s.inserted().length);
        kept.add(new TailState.Mark(grown, sha.length(), sha.state()));
        sha.update(s.moved(), 0, s.moved().length);
        kept.add(new TailState.Mark(last, sha.length(), sha.state()));
        digests.put(s.name(), new OutputDigests.Digest(sha.hex(), sha.state()));
        marks.put(s.name(), kept);
    }

    /**
     * The Parquet files of the articles and quotes tables: the old row groups that end before the new rows copied,
     * then the rest of the grown input's rows (from the spools), the new rows and the moved ones encoded.
     */
    private static void parquet(Path folder, TailState state, Path target, Path staging, ExportOptions options, TailState.Ends at,
                                List<ArticleRecord> newArticles, List<QuoteRecord> newQuotes, Moved moved,
                                Map<String, OutputDigests.Digest> before, Map<String, OutputDigests.Digest> digests) throws IOException {
        String articlesFile = Format.PARQUET.fileName(QuotableSchema.ARTICLES), quotesFile = Format.PARQUET.fileName(QuotableSchema.QUOTES);
        var articles = ParquetTableWriter.open(QuotableSchema.ARTICLES, staging.resolve(articlesFile), options.parquetSettings());
        long copiedTo;
        try (articles; DataInputStream in = TailState.open(folder.resolve(TailState.ARTICLES), at.articleBytes())) {
            long copied = articles.copyRowGroupsUpTo(target.resolve(articlesFile), at.articles());
            copiedTo = articles.position();
            for (long i = 0; i < at.articles(); i++) {
                int length = in.readInt();
                if (i < copied) {                 // in a copied row group: not read
                    in.skipNBytes(length);
                    continue;
                }
                byte[] entry = new byte[length];
                in.readFully(entry);
                articles.write(TailState.article(entry));
            }
            for (ArticleRecord a : newArticles) articles.write(a);
            for (ArticleRecord a : moved.articles()) articles.write(a);
        }
        digests.put(articlesFile, OutputDigests.resumed(staging.resolve(articlesFile), before.get(articlesFile), copiedTo,
                articles.lastRowGroupStart()));
        var quotes = ParquetTableWriter.open(QuotableSchema.QUOTES, staging.resolve(quotesFile), options.parquetSettings());
        try (quotes; DataInputStream in = TailState.open(folder.resolve(TailState.QUOTES), at.quoteBytes())) {
            long copied = quotes.copyRowGroupsUpTo(target.resolve(quotesFile), at.quotes());
            copiedTo = quotes.position();
            for (long n = 0; n < at.quotes(); ) {
                byte[] entry = new byte[in.readInt()];
                in.readFully(entry);
                int count = CachedQuotes.count(entry);
                if (n + count <= copied) {      // in a copied row group: not decoded
                    n += count;
                    continue;
                }
                for (QuoteRecord q : CachedQuotes.decode(entry)) if (n++ >= copied) quotes.write(q);
            }
            for (QuoteRecord q : newQuotes) quotes.write(q);
            for (QuoteRecord q : moved.quotes()) quotes.write(q);
        }
        digests.put(quotesFile, OutputDigests.resumed(staging.resolve(quotesFile), before.get(quotesFile), copiedTo,
                quotes.lastRowGroupStart()));
    }

    // ---- the next state ----

    /**
     * The state after this build: the spools with the new entries spliced in at the grown input's end (written beside
     * them, then renamed over them once the old state is forgotten), every input's end after the grown one moved by
     * the new rows, and the grown input with its new scan.
     */
    private static void remember(Path folder, TailState state, List<InputFile> files, List<BuildManifest.Input> manifest,
                                 BuildManifest.LastInput scanned, int grown, Path target, List<ArticleProblem> problems,
                                 List<ArticleRecord> newArticles, TailBuild.Speakers speakers, long articles, long quotes,
                                 Map<String, OutputDigests.Digest> digests, Map<String, List<TailState.Mark>> marks) throws IOException {
        TailState.Input was = state.inputs().get(grown);
        TailState.Ends at = was.ends();
        if (at == null || TailBuild.Recorder.unchanged(files.get(grown), manifest.get(grown)) == null) {
            TailState.forget(folder);     // changed since it was read
            return;
        }
        long[] counts = new long[5];
        Path articleSpool = spliced(folder, TailState.ARTICLES, at.articleBytes(), state.articleBytes(), out -> {
            for (ArticleRecord a : newArticles) {
                counts[0]++;
                counts[1] += TailState.article(out, a);
            }
        });
        Path quoteSpool = spliced(folder, TailState.QUOTES, at.quoteBytes(), state.quoteBytes(), out -> {
            for (List<QuoteRecord> q : speakers.tailQuotes()) {
                counts[2] += q.size();
                counts[3] += TailBuild.Recorder.quotes(out, q);
            }
        });
        var groups = new HashMap<String, String>();
        Path attributionSpool = spliced(folder, TailState.ATTRIBUTIONS, at.attributionBytes(), state.attributionBytes(), out -> {
            for (List<QuoteRecord> q : speakers.tailQuotes())
                for (QuoteRecord quote : q) {
                    TailState.Attribution a = TailBuild.attribution(quote, groups);
                    if (a != null) counts[4] += TailState.attribution(out, a);
                }
        });
        var delta = new TailState.Ends(counts[0], counts[1], counts[2], counts[3], counts[4]);
        var inputs = new ArrayList<TailState.Input>(state.inputs());
        for (int i = grown; i < inputs.size(); i++) {
            TailState.Input input = inputs.get(i);
            inputs.set(i, input.withEnds(input.ends().plus(delta)));
        }
        BuildManifest.Input now = manifest.get(grown);
        inputs.set(grown, new TailState.Input(was.name(), now.size(), now.sha256(), scanned.scan(), at.plus(delta)));
        var seen = new LinkedHashMap<>(state.seen());
        for (ArticleRecord a : newArticles) seen.putIfAbsent(a.textSha256(), a.articleId() + " (" + a.sourceFile() + ")");
        TailState.forget(folder);
        Files.move(articleSpool, folder.resolve(TailState.ARTICLES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(quoteSpool, folder.resolve(TailState.QUOTES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(attributionSpool, folder.resolve(TailState.ATTRIBUTIONS), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        new TailState(state.options(), state.output(), inputs, problems, seen, speakers.rows(),
                TailBuild.Recorder.outputs(target, digests, marks), articles, quotes, state.articleBytes() + delta.articleBytes(),
                state.quoteBytes() + delta.quoteBytes(), state.attributionBytes() + delta.attributionBytes()).write(folder);
    }

    @FunctionalInterface
    private interface Spooler {
        void write(DataOutputStream out) throws IOException;
    }

    /** A new spool beside {@code name}: its bytes up to {@code at}, the new entries, then its bytes from there to {@code valid}. */
    private static Path spliced(Path folder, String name, long at, long valid, Spooler entries) throws IOException {
        Path from = folder.resolve(name), to = folder.resolve("." + name + ".next");
        Files.deleteIfExists(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long done = 0; done < at; ) done += in.transferTo(done, at - done, out);
            var bytes = new ByteArrayOutputStream(1 << 12);
            try (var data = new DataOutputStream(bytes)) {
                entries.write(data);
            }
            out.write(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            for (long done = at; done < valid; ) done += in.transferTo(done, valid - done, out);
        }
        return to;
    }
}
