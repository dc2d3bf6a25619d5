package org.quotable.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ReadOptions;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
                "",
                "Example: quotable extract news/*.jsonl --articles articles.jsonl > quotes.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<article>", arity = "1..*", description = "Article files or folders of them.")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--out"}, paramLabel = "<file>",
            description = "Write the quotes to this file instead of standard output.")
    @Nullable Path out;

    @Option(names = {"-a", "--articles"}, paramLabel = "<file>",
            description = "Also write the articles table (id, metadata and the text the offsets refer to) as JSON Lines here.")
    @Nullable Path articlesOut;

    @Option(names = {"-t", "--types"}, paramLabel = "<type>", split = ",",
            description = "Kinds of quotation to keep: direct, partial, indirect (reported speech, whose quote is the "
                    + "reporter's paraphrase). Default: all three.")
    @Nullable List<org.quotable.schema.QuoteType> types;

    @Option(names = "--strict", description = "Exit with code 3 when any input could not be read.")
    boolean strict;

    @Option(names = {"-j", "--threads"}, paramLabel = "<n>", defaultValue = "${sys:quotable.threads:-0}",
            description = "Extraction threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        List<Path> files = InputFiles.expand(inputs);
        var build = new DatasetBuild(QuoteExtractor.create(org.quotable.extractor.ExtractorOptions.DEFAULT.toBuilder()
                        .types(QuoteTypes.chosen(types, null)).get()), threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                ReadOptions.DEFAULT, null);
        DatasetBuild.Result result;
        try (var quotes = out == null ? new JsonlTableWriter<>(QuotableSchema.QUOTES, standardOutput())
                : new JsonlTableWriter<>(QuotableSchema.QUOTES, Files.newOutputStream(out));
             var articles = articlesOut == null ? null
                     : new JsonlTableWriter<>(QuotableSchema.ARTICLES, Files.newOutputStream(articlesOut))) {
            result = build.run(files, (ArticleRecord article, List<QuoteRecord> found) -> {
                if (articles != null) articles.write(article);
                for (QuoteRecord quote : found) quotes.write(quote);
            }, problem -> spec.commandLine().getErr().println(problem));
        }
        spec.commandLine().getErr().flush();
        return strict && result.errors() > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /** The command's standard output, left open when the quotes are done. */
    private Writer standardOutput() {
        return new FilterWriter(spec.commandLine().getOut()) {
            @Override public void close() throws IOException { flush(); }
        };
    }
}
