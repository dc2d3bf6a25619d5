package org.quotable.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.quotable.build.BuildListener;
import org.quotable.build.DatasetBuild;
import org.quotable.build.InputFiles;
import org.quotable.build.Problems;
import org.quotable.build.QuoteTypes;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;
import org.quotable.extractor.article.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotable extract}: the pipe-friendly way to get quotes out of a few files. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Extract quotations from article files and print them as JSON Lines.",
        description = {
                "Reads the given article files, and every article file inside the given folders (.txt, .md, .json, "
                        + ".jsonl, .html, .warc, optionally gzip-compressed), and writes one JSON object per quotation "
                        + "(the columns of the quotes table) to standard output or --out.",
                "Unreadable inputs are reported on standard error as file:line: reason; the rest is still extracted.",
                "articles.source_file is each file's path relative to the folder given (a file given by itself: its name), "
                        + "the same from any working folder; for standard input it is -.",
                "",
                "Example: quotable extract news/*.jsonl --articles articles.jsonl > quotes.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    /** The argument that means standard input. */
    static final String STDIN = "-";

    @Parameters(paramLabel = "<article>", arity = "1..*",
            description = "Article files or folders of them; - reads articles from standard input (see --stdin-format).")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--out"}, paramLabel = "<file>",
            description = "Write the quotes to this file instead of standard output.")
    @Nullable Path out;

    @Option(names = {"-a", "--articles"}, paramLabel = "<file>",
            description = "Also write the articles table (id, metadata and the text the offsets refer to) as JSON Lines here.")
    @Nullable Path articlesOut;

    @Option(names = "--stdin-format", paramLabel = "<format>", defaultValue = "jsonl",
            description = "The format of standard input (-): jsonl (one article object per line, streamed), json, txt "
                    + "or html, each optionally followed by .gz (default: ${DEFAULT-VALUE}).")
    String stdinFormat = "jsonl";

    @Option(names = {"-t", "--types"}, paramLabel = "<type>", split = ",",
            description = "Kinds of quotation to keep: direct, partial, indirect (reported speech, whose quote is the "
                    + "reporter's paraphrase, opt-in). Default: direct,partial.")
    @Nullable List<org.quotable.schema.QuoteType> types;

    @Option(names = "--strict", description = "Exit with code 3 when any input could not be read.")
    boolean strict;

    @Option(names = {"-j", "--threads"}, paramLabel = "<n>", defaultValue = "${sys:quotable.threads:-0}",
            description = "Extraction threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-article-seconds", paramLabel = "<seconds>", defaultValue = "300",
            description = "Longest time one article may take to extract; a slower one is reported and left out; 0 means "
                    + "no limit (default: ${DEFAULT-VALUE}).")
    double maxArticleSeconds;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        boolean stdin = inputs.stream().anyMatch(p -> p.toString().equals(STDIN));
        if (stdin && inputs.size() > 1)
            throw new ParameterException(spec.commandLine(), "- (standard input) cannot be combined with files");
        if (maxArticleSeconds < 0)
            throw new ParameterException(spec.commandLine(), "--max-article-seconds must be 0 (no limit) or more, got " + maxArticleSeconds);
        InputFiles files = stdin ? new InputFiles(List.of(), List.of()) : InputFiles.expand(inputs);
        var shownAs = new HashMap<String, String>();
        for (InputFile file : files.files()) shownAs.put(file.name(), file.path().toString());
        DatasetBuild.Source source;
        if (stdin) {
            source = problems -> {
                try {
                    return ArticleSources.openStream(System.in, stdinFormat, STDIN, ReadOptions.DEFAULT, problems);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--stdin-format: " + e.getMessage());
                }
            };
        } else {
            source = problems -> {
                files.problems().forEach(problems);
                return ArticleSources.openInputs(files.files(), ReadOptions.DEFAULT, problems);
            };
        }
        var build = new DatasetBuild(QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder()
                        .types(QuoteTypes.chosen(types, null)).get()), threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                maxArticleSeconds, null);
        DatasetBuild.Result result;
        PrintWriter err = spec.commandLine().getErr();
        try (var output = out == null ? JsonlOutput.toText(standardOutput(), articlesOut == null ? null : create(articlesOut))
                : JsonlOutput.toFile(create(out), articlesOut == null ? null : create(articlesOut))) {
            result = build.run(source, Math.max(1, files.files().size()), output,
                    problem -> err.println(new ArticleProblem(shownAs.getOrDefault(problem.file(), problem.file()),
                            problem.location(), problem.reason(), problem.severity())), BuildListener.SILENT);
        }
        err.flush();
        return strict && result.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** Creates an output file, or fails naming it and the reason ("no such folder", "permission denied"). */
    static OutputStream create(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (NoSuchFileException e) {
            Path parent = file.toAbsolutePath().getParent();
            throw new QuotableException(ExitCodes.IO_ERROR, "cannot write %s: no such folder %s".formatted(file, parent), e);
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.IO_ERROR, "cannot write %s: %s".formatted(file, Problems.reason(e)), e);
        }
    }

    /** The command's standard output, left open when the quotes are done. */
    private Writer standardOutput() {
        return new FilterWriter(spec.commandLine().getOut()) {
            @Override public void close() throws IOException { flush(); }
        };
    }
}
