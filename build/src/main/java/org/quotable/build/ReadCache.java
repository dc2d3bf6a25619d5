package org.quotable.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.QuoteRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each input file gave in earlier builds, so that a build reads, normalizes, hashes and extracts only
 * the files that changed: the batch opens every input through this {@link ArticleSources.Opener}, which replays a
 * file whose bytes (SHA-256, as {@code build.json} records them) are the ones read before, with its articles, their
 * quotes and its reading problems in the order the file gave them, from a {@link ReadLog}. A JSON Lines file that
 * only grew (its old bytes hash as before and ended with a line break) is replayed and read on from the old end.
 * Any other file is read, and what it gave is recorded for the next build. The batch's duplicate detection and
 * handling of unreadable files run on top, unchanged, so the build sees what a full read would give.
 *
 * <p>A log that is missing, damaged, of other read options or of other bytes is not used: the file is read. Logs of
 * files that are no longer inputs are deleted at the end of a build. Used from the building thread only.
 */
final class ReadCache implements ArticleSources.Opener {
    private static final Logger LOG = LoggerFactory.getLogger(ReadCache.class);
    /** A file shorter than this is read whole: the reader checks the first 8 KiB of a file for binary data. */
    private static final long SMALLEST_APPENDABLE = 8192;

    /**
     * Where an article a build is about to extract came from.
     *
     * @param recording the log recording its file, to which its quotes go once known; null when not recorded
     * @param ordinal   its number in its file, from 0
     * @param file      its file's number in the batch, from 0
     * @param quotes    its quotes, in {@link CachedQuotes}' form, when an earlier read of the same bytes kept them
     */
    record Claim(@Nullable Recording recording, int ordinal, int file, byte @Nullable [] quotes) {
        static final Claim NONE = new Claim(null, -1, -1, null);
    }

    private final Path folder;
    private final Map<String, BuildManifest.Input> inputs = new HashMap<>();
    private final List<Recording> recordings = new ArrayList<>();      // not yet committed, in file order
    private final Set<String> keys = new HashSet<>();                  // of the files opened
    private int files;
    private long replayedFiles;
    private @Nullable ArticleRecord lastArticle;
    private Claim lastClaim = Claim.NONE;

    /**
     * @param folder where the logs are kept
     * @param inputs the input files as the build found them before reading any (size, modification time, SHA-256)
     */
    ReadCache(Path folder, List<BuildManifest.Input> inputs) throws IOException {
        this.folder = Files.createDirectories(folder);
        for (BuildManifest.Input input : inputs) this.inputs.put(input.file(), input);
    }

    @Override public ArticleReader open(InputFile input, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        int file = files++;
        BuildManifest.Input now = inputs.get(input.name());
        if (now == null) return ArticleSources.open(input, options, problems);
        String key = key(input.name(), options);
        Path events = folder.resolve(key + ".events"), quotes = folder.resolve(key + ".quotes");
        ReadLog.Reader log = opened(events, quotes, input.name(), options);
        if (log != null) {
            ReadLog.Trailer before = log.trailer();
            if (sameBytes(before.content(), now.size(), now.sha256())) {
                replayedFiles++;
                return new Replay(log, null, input, file, problems, before, null);
            }
            if (grewByLines(input, before.content(), now)) {
                Recording recording = record(input, key, options, file, now);
                ReadLog.Content old = before.content();
                return new Replay(log, recording, input, file, problems, before,
                        tellProblems -> ArticleSources.openJsonLinesFrom(input, old.size(), old.lines(), options, tellProblems));
            }
            log.close();
        }
        Recording recording = record(input, key, options, file, now);
        try {
            return new Recorded(ArticleSources.open(input, options, recording.tee(problems)), recording);
        } catch (IOException | RuntimeException e) {
            recording.abandon();
            recordings.remove(recording);
            throw e;
        }
    }

    /**
     * Where this article, the one the batch just gave, came from; {@link Claim#NONE} for one this cache did not see
     * (the batch gives the articles of its readers one by one, so it is the last one a reader of this cache gave).
     */
    Claim claim(ArticleRecord article) {
        return article == lastArticle ? lastClaim : Claim.NONE;
    }

    /**
     * The article of {@code claim} was delivered with these quotes: they go into its file's log. The logs of earlier
     * files, read to their end, are complete and committed.
     */
    void delivered(Claim claim, List<QuoteRecord> quotes) {
        if (claim.recording() != null) claim.recording().quotes(claim.ordinal(), quotes);
        while (!recordings.isEmpty() && recordings.get(0).file < claim.file()) commit(recordings.remove(0));
    }

    /** Commits every log read to its end and deletes the logs of files that are no longer inputs. */
    void finish() {
        while (!recordings.isEmpty()) commit(recordings.remove(0));
        removeLogsOfOtherFiles();
    }

    /** Discards every log not yet committed (the build failed). */
    void abandon() {
        for (Recording recording : recordings) recording.abandon();
        recordings.clear();
    }

    /** Files replayed whole from their logs in this build. */
    long replayedFiles() { return replayedFiles; }

    private static ReadLog.@Nullable Reader opened(Path events, Path quotes, String name, ReadOptions options) {
        try {
            return ReadLog.open(events, quotes, name, options.toString());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Not using the read log {}: {}", events, e.toString());
            return null;
        }
    }

    private static boolean sameBytes(ReadLog.Content content, long size, String sha256) {
        return content.size() == size && HexFormat.of().formatHex(content.sha256()).equals(sha256);
    }

    /** Whether {@code input} is a plain JSON Lines file whose first bytes are those read before, ending a line. */
    private static boolean grewByLines(InputFile input, ReadLog.Content before, BuildManifest.Input now) {
        String name = input.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson")) || !before.endsWithLineBreak()
                || before.size() < SMALLEST_APPENDABLE || now.size() <= before.size())
            return false;
        try {
            ReadLog.Content prefix = ReadLog.contentOf(input.path(), before.size());
            return java.util.Arrays.equals(prefix.sha256(), before.sha256()) && prefix.size() == before.size();
        } catch (IOException e) {
            return false;
        }
    }

    private Recording record(InputFile input, String key, ReadOptions options, int file, BuildManifest.Input now) throws IOException {
        String temp = "." + key + "." + UUID.randomUUID() + ".";
        var writer = new ReadLog.Writer(folder.resolve(temp + "events.tmp"), folder.resolve(temp + "quotes.tmp"),
                UUID.randomUUID().getMostSignificantBits(), input.name(), options.toString());
        var recording = new Recording(writer, input, file, now, folder.resolve(key + ".events"), folder.resolve(key + ".quotes"));
        recordings.add(recording);
        return recording;
    }

    /** Puts a log in place if its file was read to the end and still holds the bytes the build found. */
    private void commit(Recording recording) {
        try (ReadLog.Writer writer = recording.writer) {
            if (!recording.complete || recording.failed) return;
            ReadLog.Content content = ReadLog.contentOf(recording.input.path(), Long.MAX_VALUE);
            if (!sameBytes(content, recording.now.size(), recording.now.sha256())) return;   // changed while being read
            writer.commit(new ReadLog.Trailer(content, recording.skipped), recording.events, recording.quotes);
        } catch (IOException e) {
            // A log that cannot be written only costs time on the next build.
            LOG.warn("Cannot write the read log of {}: {}", recording.input.name(), e.toString());
        }
    }

    private void removeLogsOfOtherFiles() {
        try (Stream<Path> logs = Files.list(folder)) {
            for (Path log : logs.toList()) {
                String name = log.getFileName().toString();
                if (name.startsWith(".")) {
                    if (Files.getLastModifiedTime(log).toMillis() < System.currentTimeMillis() - 86_400_000L) Files.deleteIfExists(log);
                    continue;
                }
                String key = name.substring(0, Math.max(0, name.indexOf('.')));
                if (!keys.contains(key)) Files.deleteIfExists(log);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot tidy the read logs in {}: {}", folder, e.toString());
        }
    }

    /** The log's name: the file's name in the dataset and the read options, hashed. */
    private String key(String name, ReadOptions options) {
        String key = Digests.sha256Hex(name + "\u0000" + options).substring(0, 32);
        keys.add(key);
        return key;
    }

    private void gave(ArticleRecord article, Claim claim) {
        lastArticle = article;
        lastClaim = claim;
    }

    /** The log being written for one file while it is read. */
    final class Recording {
        private final ReadLog.Writer writer;
        private final InputFile input;
        private final int file;
        private final BuildManifest.Input now;
        private final Path events, quotes;
        private boolean complete, failed;
        private long skipped;
        private int lastQuotes = -1;

        private Recording(ReadLog.Writer writer, InputFile input, int file, BuildManifest.Input now, Path events, Path quotes) {
            this.writer = writer;
            this.input = input;
            this.file = file;
            this.now = now;
            this.events = events;
            this.quotes = quotes;
        }

        /** The problems of the file, recorded in their place, then told to {@code problems}. */
        Consumer<ArticleProblem> tee(Consumer<ArticleProblem> problems) {
            return problem -> {
                problem(problem);
                problems.accept(problem);
            };
        }

        void problem(ArticleProblem problem) {
            if (failed) return;
            try {
                writer.problem(problem);
            } catch (IOException e) {
                fail(e);
            }
        }

        int article(ArticleRecord article) {
            if (failed) return -1;
            try {
                return writer.article(article);
            } catch (IOException e) {
                fail(e);
                return -1;
            }
        }

        void quotes(int ordinal, List<QuoteRecord> articleQuotes) {
            if (failed || ordinal <= lastQuotes) return;
            lastQuotes = ordinal;
            try {
                writer.quotes(ordinal, CachedQuotes.encode(articleQuotes));
            } catch (IOException e) {
                fail(e);
            }
        }

        /** The file was read to its end ({@code complete}) or given up on. */
        void ended(boolean complete, long skipped) {
            this.complete = complete;
            this.skipped = skipped;
        }

        void abandon() {
            failed = true;
            try {
                writer.close();
            } catch (IOException e) {
                LOG.debug("Cannot delete a temporary read log: {}", e.toString());
            }
        }

        private void fail(IOException e) {
            if (!failed) LOG.warn("Cannot write the read log of {}: {}", input.name(), e.toString());
            failed = true;
        }
    }

    /** Opens the rest of a file after its log was replayed. */
    @FunctionalInterface
    private interface Rest {
        ArticleReader open(Consumer<ArticleProblem> problems) throws IOException;
    }

    /** A file read by its own reader, recorded as it goes. */
    private final class Recorded implements ArticleReader {
        private final ArticleReader reader;
        private final Recording recording;
        private boolean complete;

        Recorded(ArticleReader reader, Recording recording) {
            this.reader = reader;
            this.recording = recording;
        }

        @Override public Iterator<ArticleRecord> iterator() {
            Iterator<ArticleRecord> articles = reader.iterator();
            return new Iterator<>() {
                @Override public boolean hasNext() {
                    boolean more;
                    try {
                        more = articles.hasNext();
                    } catch (RuntimeException e) {
                        recording.failed = true;
                        throw e;
                    }
                    if (!more) complete = true;
                    return more;
                }

                @Override public ArticleRecord next() {
                    ArticleRecord article = articles.next();
                    gave(article, new Claim(recording, recording.article(article), recording.file, null));
                    return article;
                }
            };
        }

        @Override public long skippedRecords() { return reader.skippedRecords(); }

        @Override public void close() throws IOException {
            recording.ended(complete, reader.skippedRecords());
            reader.close();
        }
    }

    /**
     * A file replayed from its log; when it grew, also recorded into a new log, and read on from where the log ends.
     */
    private final class Replay implements ArticleReader {
        private final ReadLog.Reader log;
        private final @Nullable Recording recording;
        private final InputFile input;
        private final int file;
        private final Consumer<ArticleProblem> problems;
        private final ReadLog.Trailer before;
        private final @Nullable Rest rest;
        private @Nullable ArticleReader restReader;
        private @Nullable Iterator<ArticleRecord> restArticles;
        private boolean logEnded, complete;

        Replay(ReadLog.Reader log, @Nullable Recording recording, InputFile input, int file, Consumer<ArticleProblem> problems,
               ReadLog.Trailer before, @Nullable Rest rest) {
            this.log = log;
            this.recording = recording;
            this.input = input;
            this.file = file;
            this.problems = recording == null ? problems : recording.tee(problems);
            this.before = before;
            this.rest = rest;
        }

        @Override public Iterator<ArticleRecord> iterator() {
            return new Iterator<>() {
                private @Nullable ArticleRecord next;

                @Override public boolean hasNext() {
                    if (next == null) next = advance();
                    return next != null;
                }

                @Override public ArticleRecord next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    ArticleRecord article = next;
                    next = null;
                    return article;
                }
            };
        }

        private @Nullable ArticleRecord advance() {
            try {
                while (!logEnded) {
                    ReadLog.Reader.Event event = log.next();
                    if (event == null) {
                        logEnded = true;
                    } else if (event instanceof ReadLog.Reader.Problem p) {
                        problems.accept(p.problem());
                    } else if (event instanceof ReadLog.Reader.Article a) {
                        if (recording == null) {
                            gave(a.article(), new Claim(null, a.ordinal(), file, a.quotes()));
                        } else {
                            int ordinal = recording.article(a.article());
                            gave(a.article(), new Claim(recording, ordinal, file, a.quotes()));
                        }
                        return a.article();
                    }
                }
                if (rest == null) {
                    complete = true;
                    return null;
                }
                if (restArticles == null) {
                    restReader = rest.open(problems);
                    restArticles = restReader.iterator();
                }
                boolean more;
                try {
                    more = restArticles.hasNext();
                } catch (RuntimeException e) {
                    if (recording != null) recording.failed = true;
                    throw e;
                }
                if (!more) {
                    complete = true;
                    return null;
                }
                ArticleRecord article = restArticles.next();
                gave(article, new Claim(recording, recording == null ? -1 : recording.article(article), file, null));
                return article;
            } catch (IOException e) {
                // The log was whole when verified; a read failing now is the disk's, and must not pass for the file's end.
                if (recording != null) recording.failed = true;
                throw new UncheckedIOException("cannot read the cached read of " + input.name() + " further", e);
            }
        }

        @Override public long skippedRecords() {
            return before.skippedRecords() + (restReader == null ? 0 : restReader.skippedRecords());
        }

        @Override public void close() throws IOException {
            if (recording != null) recording.ended(complete, skippedRecords());
            try (log) {
                if (restReader != null) restReader.close();
            }
        }
    }
}
