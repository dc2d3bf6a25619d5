package org.quotable.extractor.article;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.SourceFormat;

/**
 * Opens article files of every supported format, chosen by file name, and finds them in folders and globs. The entry
 * point of this package.
 *
 * <table>
 * <caption>Accepted files (each may also be gzip-compressed: {@code .txt.gz}, {@code .jsonl.gz}, ...)</caption>
 * <tr><td>{@code .txt}, {@code .md}, {@code .markdown}</td><td>one article; optional YAML front matter</td></tr>
 * <tr><td>{@code .json}</td><td>one article object, or an array of them</td></tr>
 * <tr><td>{@code .jsonl}, {@code .ndjson}</td><td>one article object per line</td></tr>
 * <tr><td>{@code .html}, {@code .htm}, {@code .xhtml}</td><td>one page; its article body is extracted</td></tr>
 * <tr><td>{@code .warc}, {@code .warc.gz}</td><td>every HTML response record is an article</td></tr>
 * </table>
 *
 * <pre>{@code
 * var problems = new ArrayList<ArticleProblem>();
 * List<Path> files = ArticleSources.files(datasetDir, List.of("articles/**"));
 * try (ArticleReader articles = ArticleSources.openAll(files, ReadOptions.DEFAULT, problems::add)) {
 *     articles.forEach(article -> ...);       // duplicates and bad files are reported, not returned
 * }
 * }</pre>
 */
public final class ArticleSources {
    private static final List<String> SUFFIXES = List.of(".txt", ".md", ".markdown", ".json", ".jsonl", ".ndjson",
            ".html", ".htm", ".xhtml", ".warc");

    private ArticleSources() {}

    /** Whether the file name is one of the accepted article formats (with or without {@code .gz}). */
    public static boolean isArticleFile(Path file) {
        String name = Inputs.formatName(file);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /**
     * The article files that {@code globs} match under {@code base}, in a deterministic order (sorted by their path
     * relative to {@code base}, each once). A glob is relative to {@code base} and uses {@link PathMatcher} syntax
     * ({@code articles/**}, {@code *.jsonl}); a glob naming a folder takes every article file below it. Files that
     * are not articles by their name, and hidden files and folders, are left out.
     *
     * @throws IOException when {@code base} cannot be listed
     */
    public static List<Path> files(Path base, List<String> globs) throws IOException {
        var failures = new ArrayList<ArticleProblem>();
        List<Path> files = files(base, globs, failures::add);
        if (!failures.isEmpty()) throw new IOException(base.resolve(failures.get(0).file()) + ": " + failures.get(0).reason());
        return files;
    }

    /**
     * The article files that {@code globs} match under {@code base}, as {@link #files(Path, List)} finds them; a
     * folder or file that cannot be listed or examined (no permission, a symbolic link loop) goes to
     * {@code problems}, named by its path relative to {@code base}, with the reason, and the rest is still found.
     *
     * @throws IOException when {@code base} itself cannot be examined
     */
    public static List<Path> files(Path base, List<String> globs, Consumer<ArticleProblem> problems) throws IOException {
        requireNonNull(base, "base");
        requireNonNull(globs, "globs");
        requireNonNull(problems, "problems");
        Predicate<String> selected = selector(globs);
        var found = new TreeSet<String>();
        if (!Files.isDirectory(base)) {
            return isArticleFile(base) ? List.of(base) : List.of();
        }
        // Links are followed (a folder of articles may be a link to where they are kept); a loop is reported.
        Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(base) && isHidden(base.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                String relative = name(base.relativize(p));
                if (attrs.isRegularFile() && selected.test(relative)) found.add(relative);
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (p.equals(base)) throw e;
                Path relative = base.relativize(p);
                if (isHidden(relative)) return FileVisitResult.CONTINUE;
                String what = e instanceof FileSystemLoopException ? "a symbolic link loop"
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "the folder could not be listed: " + Inputs.reason(e)
                        : "could not be examined: " + Inputs.reason(e);
                problems.accept(ArticleProblem.error(name(relative), null, what + "; its files were left out"));
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
                if (e != null) problems.accept(ArticleProblem.error(name(base.relativize(dir)), null,
                        "the folder could not be listed to the end: " + Inputs.reason(e) + "; some files may be left out"));
                return FileVisitResult.CONTINUE;
            }
        });
        var files = new ArrayList<Path>();
        for (String relative : found) files.add(base.resolve(relative));
        return files;
    }

    /**
     * Which files {@code globs} take, as {@link #files(Path, List)} chooses them, by their path relative to the base
     * with {@code /} ({@code articles/2025/a.warc.gz}): article files by their name, none hidden (no part of the
     * path starts with {@code .}), matched by a glob or inside a folder a glob names. For a listing that is not of
     * this machine's file system (the Spark job's dataset on HDFS or S3), so that it takes the same files.
     */
    public static Predicate<String> selector(List<String> globs) {
        requireNonNull(globs, "globs");
        var matchers = new ArrayList<PathMatcher>();
        for (String glob : globs) {
            String g = glob.replace('\\', '/');
            while (g.startsWith("./")) g = g.substring(2);
            while (g.endsWith("/")) g = g.substring(0, g.length() - 1);
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g + "/**"));
        }
        return relative -> {
            Path path = Path.of(relative);
            if (isHidden(path) || !isArticleFile(path)) return false;
            return matchers.stream().anyMatch(m -> m.matches(path));
        };
    }

    /** The article files of {@code input}: the file itself, or every article file below a folder, sorted. */
    public static List<Path> files(Path input) throws IOException {
        return Files.isDirectory(input) ? files(input, List.of("**")) : List.of(input);
    }

    private static String name(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /**
     * Opens one article file with the {@linkplain ReadOptions#DEFAULT default options}. Records that cannot be read
     * go to {@code problems}; the rest are returned.
     *
     * @see #open(Path, ReadOptions, Consumer)
     */
    public static ArticleReader open(Path file, Consumer<ArticleProblem> problems) throws IOException {
        return open(file, ReadOptions.DEFAULT, problems);
    }

    /**
     * Opens one article file, choosing the format by its name. Problems inside the file (a malformed JSON line,
     * invalid bytes, a damaged WARC record, a truncated gzip stream found while reading on) go to {@code problems}
     * and the reader goes on where it can.
     *
     * @throws ArticleFormatException when the file as a whole cannot be read (unknown type, empty, binary, not JSON,
     *                                truncated gzip, over the size limit, an HTML page without an article body)
     * @throws IOException            when the file cannot be opened
     */
    public static ArticleReader open(Path file, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        return open(InputFile.of(requireNonNull(file, "file")), options, problems);
    }

    /**
     * Opens one article file as {@link #open(Path, ReadOptions, Consumer)} does; its articles and problems carry
     * {@link InputFile#name()} as their file.
     */
    public static ArticleReader open(InputFile input, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        requireNonNull(input, "input");
        requireNonNull(options, "options");
        requireNonNull(problems, "problems");
        Path file = input.path();
        String name = Inputs.formatName(file);
        String shown = input.name();
        if (name.endsWith(".warc")) return new WarcArticleReader(file, shown, options, problems);
        if (!isArticleFile(file))
            throw new ArticleFormatException(ArticleProblem.error(shown, null, "unknown article format; expected "
                    + String.join(", ", SUFFIXES) + " (optionally .gz)"));
        return read(Inputs.open(file, shown), name, shown, options, problems);
    }

    /**
     * Reads articles from a stream, such as standard input, in the format that {@code format} names as a file
     * extension would ({@code jsonl}, {@code json}, {@code txt}, {@code html}; {@code .gz} appended means gzip);
     * WARC is read from files only. The reader closes the stream.
     *
     * @param name what {@code articles.source_file} and problem reports show, e.g. {@code -} for standard input
     * @throws ArticleFormatException when the stream as a whole cannot be read, as for {@link #open}
     */
    public static ArticleReader openStream(InputStream in, String format, String name, ReadOptions options,
                                           Consumer<ArticleProblem> problems) throws IOException {
        requireNonNull(in, "in");
        requireNonNull(format, "format");
        Path pseudo = Path.of("input." + format.toLowerCase(Locale.ROOT));
        String formatName = Inputs.formatName(pseudo);
        if (formatName.endsWith(".warc") || !isArticleFile(pseudo))
            throw new IllegalArgumentException("Cannot read '" + format + "' from a stream; choose one of jsonl, json, txt, html");
        InputStream stream = new java.io.BufferedInputStream(in, 1 << 16);
        if (Inputs.isGzip(pseudo)) stream = Inputs.gunzip(stream, name);
        return read(stream, formatName, requireNonNull(name, "name"), requireNonNull(options, "options"),
                requireNonNull(problems, "problems"));
    }

    private static ArticleReader read(InputStream in, String name, String shown, ReadOptions options,
                                      Consumer<ArticleProblem> problems) throws IOException {
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                checkStart(in, shown);
                return JsonArticleReader.lines(in, shown, options, problems);
            }
            byte[] bytes;
            try (in) {
                bytes = Inputs.readAll(in, options.maxInputBytes(), shown, null);
            }
            checkContent(bytes, bytes.length, shown);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"))
                return html(bytes, shown, options, problems);
            Decoding.Decoded decoded = Decoding.decode(bytes);
            if (decoded.replaced() > 0) problems.accept(ArticleProblem.warning(shown, null, decoded.replacementReason()));
            if (name.endsWith(".json")) return JsonArticleReader.document(decoded.text(), shown, options, problems);
            return new TextArticleReader(decoded.text(), shown, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens one article file, treating any bad record as a failure of the whole read. */
    public static ArticleReader open(Path file) throws IOException {
        return open(file, problem -> {
            if (problem.severity() == ArticleProblem.Severity.ERROR)
                throw new IllegalArgumentException(problem.toString());
        });
    }

    /**
     * Reads every file of {@code files} in order, as one stream of articles. Nothing is thrown for bad input: a file
     * that cannot be read at all, a bad record inside a file, and an article whose text (by its SHA-256) was
     * already read from an earlier record are each reported to {@code problems} (duplicates as
     * {@linkplain ArticleProblem.Severity#WARNING warnings}), and reading goes on with the next.
     * {@link ArticleReader#skippedRecords()} sums the skipped non-article records of all files.
     */
    public static ArticleReader openAll(List<Path> files, ReadOptions options, Consumer<ArticleProblem> problems) {
        return openInputs(files.stream().map(InputFile::of).toList(), options, problems);
    }

    /**
     * Reads every input of {@code inputs} in order, as {@link #openAll} does; articles and problems carry each
     * input's {@link InputFile#name()}.
     */
    public static ArticleReader openInputs(List<InputFile> inputs, ReadOptions options, Consumer<ArticleProblem> problems) {
        return openInputs(inputs, options, problems, ArticleSources::open);
    }

    /**
     * Opens one input of a batch. {@link ArticleSources#open(InputFile, ReadOptions, Consumer)} reads the file; a
     * build's cache may instead replay what an earlier read of the same bytes gave.
     */
    @FunctionalInterface
    public interface Opener {
        /** The articles of {@code input}, reporting problems inside it to {@code problems}, as {@link ArticleSources#open} does. */
        ArticleReader open(InputFile input, ReadOptions options, Consumer<ArticleProblem> problems) throws IOException;
    }

    /**
     * Reads every input of {@code inputs} in order, as {@link #openInputs(List, ReadOptions, Consumer)} does, opening
     * each through {@code opener}: the batch's duplicate detection and its handling of unreadable files stay the same
     * whatever the opener returns.
     */
    public static ArticleReader openInputs(List<InputFile> inputs, ReadOptions options, Consumer<ArticleProblem> problems,
                                           Opener opener) {
        return new BatchReader(List.copyOf(inputs), requireNonNull(options, "options"), requireNonNull(problems, "problems"),
                requireNonNull(opener, "opener"));
    }

    /**
     * Reads the lines of a plain (not gzip) JSON Lines file from byte {@code offset} on exactly as {@link #open} reads
     * those lines of the whole file, problems located by their line number in the whole file. What lets a build read
     * only the lines appended to a file whose beginning it read before.
     *
     * @param offset      where a line starts: 0, or just past a line break
     * @param linesBefore the number of lines before {@code offset}
     */
    public static ArticleReader openJsonLinesFrom(InputFile input, long offset, int linesBefore, ReadOptions options,
                                                  Consumer<ArticleProblem> problems) throws IOException {
        String name = Inputs.formatName(input.path());
        if (Inputs.isGzip(input.path()) || !(name.endsWith(".jsonl") || name.endsWith(".ndjson")))
            throw new IllegalArgumentException(input.name() + " is not a plain JSON Lines file");
        InputStream in = Files.newInputStream(input.path());
        try {
            in.skipNBytes(offset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return JsonArticleReader.lines(new java.io.BufferedInputStream(in, 1 << 16), input.name(), linesBefore,
                requireNonNull(options, "options"), requireNonNull(problems, "problems"));
    }

    /**
     * The start of every record of a WARC archive ({@code .warc} or {@code .warc.gz}), in bytes from the start of the
     * stream, so that a large archive can be read in parts by {@link #openWarcPart}: the plan of a Spark job. The
     * stream is read to its end and closed.
     *
     * @throws IOException when the stream is not a WARC archive or a record is damaged
     */
    public static long[] warcRecordOffsets(InputStream in) throws IOException {
        return WarcArticleReader.recordOffsets(java.nio.channels.Channels.newChannel(requireNonNull(in, "in")));
    }

    /**
     * Reads the articles of a part of a WARC archive exactly as {@link #open} reads them from the whole file: the
     * stream is positioned at the start of a record, at an offset {@link #warcRecordOffsets} gave, and the records
     * starting less than {@code length} bytes from there are read. The reader closes the stream.
     *
     * @param name        what {@code articles.source_file} and problem reports show
     * @param firstRecord the number (from 1) of the part's first record in the whole file, for problem reports
     */
    public static ArticleReader openWarcPart(InputStream in, String name, long firstRecord, long length,
                                             ReadOptions options, Consumer<ArticleProblem> problems) throws IOException {
        return new WarcArticleReader(java.nio.channels.Channels.newChannel(requireNonNull(in, "in")),
                requireNonNull(name, "name"), firstRecord, length, requireNonNull(options, "options"),
                requireNonNull(problems, "problems"));
    }

    /**
     * The article on one line of a JSON Lines file, made exactly as {@link #open} makes it, for readers that get
     * lines one at a time (a Spark task reading a split of a large file). Returns null when the line holds no article;
     * the reason goes to {@code problems}, and a blank line is neither an article nor a problem.
     *
     * @param file     the source file, as {@code articles.source_file} shows it
     * @param location where the line is, for the problem report ("line 12", "offset 4096")
     */
    public static @Nullable ArticleRecord readJsonLine(String line, String file, String location, ReadOptions options,
                                                       Consumer<ArticleProblem> problems) {
        return JsonArticleReader.line(requireNonNull(line, "line"), requireNonNull(file, "file"),
                requireNonNull(location, "location"), requireNonNull(options, "options"), requireNonNull(problems, "problems"));
    }

    private static ArticleReader html(byte[] bytes, String shown, ReadOptions options, Consumer<ArticleProblem> problems)
            throws ArticleFormatException {
        var errors = new ArrayList<ArticleProblem>();
        var source = new HtmlArticles.Source(shown, null, SourceFormat.HTML, options, problem -> {
            if (problem.severity() == ArticleProblem.Severity.ERROR) errors.add(problem);
            else problems.accept(problem);
        });
        ArticleRecord article = HtmlArticles.read(bytes, null, null, ArticleMetadata.NONE, source);
        if (article == null) throw new ArticleFormatException(errors.get(0));
        return new SingleArticleReader(article);
    }

    /** Rejects a file that is empty or binary by its first bytes, leaving the stream where it was. */
    private static void checkStart(InputStream in, String shown) throws IOException {
        byte[] head;
        in.mark(8192);
        try {
            head = in.readNBytes(8192);
        } catch (IOException e) {
            throw Inputs.damaged(e, shown, null);
        }
        in.reset();
        checkContent(head, head.length, shown);
    }

    private static void checkContent(byte[] bytes, int length, String shown) throws ArticleFormatException {
        boolean blank = true;
        for (int i = 0; i < length && blank; i++) blank = Character.isWhitespace(bytes[i]) || (bytes[i] & 0xFF) == 0xA0;
        if (length == 0 || blank && !Decoding.hasBom(bytes))
            throw new ArticleFormatException(ArticleProblem.error(shown, null, "the file is empty"));
        int nul = Decoding.binaryOffset(bytes, length);
        if (nul >= 0)
            throw new ArticleFormatException(ArticleProblem.error(shown, null, "binary data, not text (a NUL byte at "
                    + "offset " + nul + "); expected " + describe(shown)));
    }

    private static String describe(String shown) {
        String name = shown.toLowerCase(Locale.ROOT);
        if (name.contains(".json")) return "UTF-8 JSON";
        if (name.contains(".htm")) return "an HTML page";
        return "UTF-8 text";
    }
}
