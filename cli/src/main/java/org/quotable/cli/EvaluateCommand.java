package org.quotable.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.quotable.build.DatasetDefinition;
import org.quotable.build.InputFiles;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.extractor.article.ArticleReader;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.evaluation.Accuracy;
import org.quotable.extractor.evaluation.Calibration;
import org.quotable.extractor.evaluation.Convention;
import org.quotable.extractor.evaluation.EvaluationResult;
import org.quotable.extractor.evaluation.Evaluator;
import org.quotable.extractor.evaluation.GoldQuote;
import org.quotable.extractor.evaluation.GoldReader;
import org.quotable.extractor.evaluation.Miss;
import org.quotable.extractor.evaluation.NonQuote;
import org.quotable.extractor.evaluation.QuoteScope;
import org.quotable.extractor.evaluation.Score;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.QuoteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotable evaluate}: extraction quality against gold annotations, with an optional quality gate for CI. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure extraction quality against gold annotations.",
        description = {
                "With one dataset folder, extracts its articles and compares them with the JSON Lines files in its "
                        + "gold/ folder. With --gold, extracts the given article files and compares them with that file.",
                "Prints quote precision, recall and F1 (exact and token overlap >= 50%%), speaker accuracy on matched "
                        + "quotes (surname and full name), role accuracy (one role contains the other) and date accuracy "
                        + "where the gold has them, the non-quotations extracted and given a speaker, the calibration of "
                        + "confidence (expected calibration error and a reliability table), and the misses.",
                "The convention follows the gold: attribution gold (records with speaker_type) counts every gold speaker "
                        + "by the last word of its name over exact matches; span gold (PolNeAR style) counts proper-name "
                        + "speakers over overlap matches. Non-quotations are read from --non-quotes, or from a "
                        + "non-quotes.jsonl beside the gold file or in the dataset's gold/ folder.",
                "",
                "Examples:",
                "  quotable evaluate datasets/ukraine-peace-talks",
                "  quotable evaluate --gold gold.jsonl articles.jsonl --min-f1 0.95 --min-speaker-accuracy 0.9",
                "  quotable evaluate --gold gold.jsonl articles.jsonl --type indirect"})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<input>", arity = "1..*",
            description = "A dataset folder (without --gold), or article files and folders (with --gold).")
    List<Path> inputs = List.of();

    @Option(names = {"-g", "--gold"}, paramLabel = "<file>",
            description = "Gold annotations as JSON Lines (article_id, quote, char_start, char_end, speaker, role, date, quote_type).")
    @Nullable Path gold;

    @Option(names = "--non-quotes", paramLabel = "<file>",
            description = "Quoted stretches that are not quotations, as JSON Lines (article_id, quote, char_start, char_end, "
                    + "reason); default: non-quotes.jsonl beside the gold file or in the dataset's gold/ folder.")
    @Nullable Path nonQuotes;

    @Option(names = "--convention", paramLabel = "<convention>",
            description = "Scoring convention: ${COMPLETION-CANDIDATES} (default: from the gold; ATTRIBUTION when its records have speaker_type).")
    @Nullable Convention convention;

    @Option(names = {"-t", "--type"}, paramLabel = "<type>", defaultValue = "DIRECT",
            description = "What to score: DIRECT (quotations in marks, direct and partial), INDIRECT (reported speech: "
                    + "the content spans of the gold's indirect annotations), or ALL (both together; also prints each "
                    + "on its own). The quality gates apply to it. Default: ${DEFAULT-VALUE}.")
    QuoteScope type = QuoteScope.DIRECT;

    @Option(names = "--min-f1", paramLabel = "<f1>",
            description = "Fail with exit code 4 when the exact quote F1 is below this (0 to 1).")
    @Nullable Double minF1;

    @Option(names = "--min-speaker-accuracy", paramLabel = "<share>",
            description = "Fail with exit code 4 when the speaker accuracy (surname) is below this (0 to 1).")
    @Nullable Double minSpeakerAccuracy;

    @Option(names = "--summary-json", paramLabel = "<file>", description = "Also write the metrics to this JSON file.")
    @Nullable Path summaryJson;

    @Option(names = "--step-summary", paramLabel = "<file>", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append a Markdown quality table to this file (default: $GITHUB_STEP_SUMMARY, when set).")
    @Nullable Path stepSummary;

    @Option(names = {"-m", "--misses"}, paramLabel = "<n>", defaultValue = "20",
            description = "How many misses of each kind to list (default: ${DEFAULT-VALUE}; -1 for all).")
    int missesShown;

    @Option(names = "--show-errors",
            description = "List every miss of every kind (missed, spurious, misattributed …) with its whole text, "
                    + "for error analysis; printed only, nothing is written.")
    boolean showErrors;

    @Option(names = "--sentences", paramLabel = "<splitter>", defaultValue = "RULES",
            description = "How sentences are found: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExtractorOptions.Sentences sentences = ExtractorOptions.Sentences.RULES;

    @Spec CommandSpec spec;

    private static final String NON_QUOTES = "non-quotes.jsonl";

    @Override public Integer call() throws IOException {
        checkBar("--min-f1", minF1);
        checkBar("--min-speaker-accuracy", minSpeakerAccuracy);
        List<Path> articleFiles;
        List<Path> goldFiles;
        Path nonQuoteFile = nonQuotes;
        if (gold == null) {
            if (inputs.size() != 1 || !Files.isDirectory(inputs.get(0)))
                throw new QuotableException(ExitCodes.USAGE,
                        "evaluate takes one dataset folder, or article files with --gold GOLD.jsonl; got " + inputs);
            Path dataset = inputs.get(0);
            DatasetDefinition definition = DatasetDefinition.load(dataset);
            articleFiles = paths(InputFiles.matching(dataset, definition.inputs()));
            Path goldDir = dataset.resolve("gold");
            goldFiles = Files.isDirectory(goldDir) ? paths(InputFiles.matching(goldDir, List.of("**.jsonl", "*.jsonl"))) : List.of();
            Path beside = goldDir.resolve(NON_QUOTES);
            if (nonQuoteFile == null && Files.isRegularFile(beside)) nonQuoteFile = beside;
            goldFiles = goldFiles.stream().filter(f -> !f.getFileName().toString().equals(NON_QUOTES)).toList();
            if (goldFiles.isEmpty())
                throw new QuotableException(ExitCodes.USAGE, goldDir + ": no gold annotations (*.jsonl); write them there or pass --gold");
        } else {
            if (!Files.isRegularFile(gold)) throw new QuotableException(ExitCodes.USAGE, gold + ": no such gold file");
            articleFiles = paths(InputFiles.expand(inputs));
            goldFiles = List.of(gold);
            Path parent = gold.toAbsolutePath().getParent();
            Path beside = parent == null ? null : parent.resolve(NON_QUOTES);
            if (nonQuoteFile == null && beside != null && Files.isRegularFile(beside)) nonQuoteFile = beside;
        }
        if (nonQuotes != null && !Files.isRegularFile(nonQuotes))
            throw new QuotableException(ExitCodes.USAGE, nonQuotes + ": no such non-quotes file");
        List<NonQuote> nonQuoteList = List.of();
        if (nonQuoteFile != null) {
            try {
                nonQuoteList = GoldReader.readNonQuotes(nonQuoteFile);
            } catch (IOException e) {
                throw new QuotableException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
        var goldQuotes = new ArrayList<GoldQuote>();
        for (Path file : goldFiles) {
            try {
                goldQuotes.addAll(GoldReader.read(file));
            } catch (IOException e) {
                throw new QuotableException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
        // Scoring reported speech needs it extracted, though datasets leave it out unless they ask for it.
        var types = type == QuoteScope.DIRECT ? ExtractorOptions.DEFAULT_TYPES : EnumSet.allOf(QuoteType.class);
        QuoteExtractor extractor = QuoteExtractor.create(ExtractorOptions.DEFAULT.toBuilder().sentences(sentences).types(types).get());
        var articles = new ArrayList<ArticleRecord>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : articleFiles) {
            try (ArticleReader reader = ArticleSources.open(file, err::println)) {
                reader.forEach(articles::add);
            }
        }
        var predicted = new LinkedHashMap<String, List<QuoteRecord>>();
        for (ArticleRecord article : articles) predicted.put(article.articleId(), extractor.extract(article));
        Convention scoring = convention != null ? convention : Convention.of(goldQuotes);
        EvaluationResult result = type.evaluate(predicted, goldQuotes, nonQuoteList, scoring);
        PrintWriter out = spec.commandLine().getOut();
        if (type == QuoteScope.ALL) {
            for (QuoteScope part : List.of(QuoteScope.DIRECT, QuoteScope.INDIRECT)) {
                out.printf(Locale.ROOT, "== %s ==%n", part.name().toLowerCase(Locale.ROOT));
                print(part.evaluate(predicted, goldQuotes, nonQuoteList, scoring), out, 0);
            }
            out.println("== all ==");
        }
        print(result, out, showErrors ? -1 : missesShown);
        if (summaryJson != null) writeSummary(result, summaryJson);
        if (stepSummary != null) appendMarkdown(result, stepSummary);
        boolean failed = false;
        if (minF1 != null && result.exact().f1() < minF1) {
            out.printf(Locale.ROOT, "quality gate failed: exact quote F1 %.3f is below --min-f1 %.3f%n", result.exact().f1(), minF1);
            failed = true;
        }
        if (minSpeakerAccuracy != null && result.speakerSurname().value() < minSpeakerAccuracy) {
            out.printf(Locale.ROOT, "quality gate failed: speaker accuracy %.3f is below --min-speaker-accuracy %.3f%n",
                    result.speakerSurname().value(), minSpeakerAccuracy);
            failed = true;
        }
        if (failed) {
            for (Miss miss : result.misses(Miss.Kind.MISSED)) out.println("  " + miss);
            for (Miss miss : result.misses(Miss.Kind.MISATTRIBUTED)) out.println("  " + miss);
        }
        out.flush();
        err.flush();
        return failed ? ExitCodes.QUALITY_GATE : ExitCodes.OK;
    }

    private void checkBar(String option, @Nullable Double value) {
        if (value != null && !(value >= 0 && value <= 1))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + " must be between 0 and 1, got " + value);
    }

    private void print(EvaluationResult r, PrintWriter out, int missesShown) {
        out.printf(Locale.ROOT, "articles: %d, gold quotes: %d, predicted: %d (convention: %s)%n", r.articles(),
                r.exact().gold(), r.exact().predicted(), r.convention().name().toLowerCase(Locale.ROOT));
        score(out, "quotes (exact)", r.exact());
        score(out, "quotes (overlap)", r.overlap());
        accuracy(out, "speaker (surname)", r.speakerSurname());
        accuracy(out, "speaker (full name)", r.speakerFullName());
        accuracy(out, "role", r.role());
        accuracy(out, "date", r.date());
        if (r.nonQuotes().annotated() > 0)
            out.printf(Locale.ROOT, "%-20s %d of %d extracted, %d given a speaker%n", "non-quotes:", r.nonQuotes().extracted(),
                    r.nonQuotes().annotated(), r.nonQuotes().withSpeaker());
        Calibration cal = r.calibration();
        if (cal.count() > 0) {
            out.printf(Locale.ROOT, "%-20s ECE %.3f over %d quotes given a speaker%n", "calibration:", cal.expectedError(), cal.count());
            out.println("  confidence   quotes  mean conf  speaker right");
            for (Calibration.Bin b : cal.bins())
                out.printf(Locale.ROOT, "  %.1f-%.1f   %7d  %9.3f  %13.3f%n", b.from(), b.to(), b.count(), b.meanConfidence(), b.accuracy());
        }
        for (Miss.Kind kind : Miss.Kind.values()) {
            List<Miss> misses = r.misses(kind);
            if (misses.isEmpty()) continue;
            out.printf(Locale.ROOT, "%s (%d):%n", kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), misses.size());
            int shown = missesShown < 0 ? misses.size() : Math.min(missesShown, misses.size());
            for (int i = 0; i < shown; i++) out.println("  " + misses.get(i).describe(showErrors));
            if (shown < misses.size()) out.printf(Locale.ROOT, "  ... %d more (--misses -1 lists all)%n", misses.size() - shown);
        }
    }

    private static void score(PrintWriter out, String name, Score s) {
        out.printf(Locale.ROOT, "%-20s precision %.3f  recall %.3f  F1 %.3f  (%d matched)%n", name + ":", s.precision(),
                s.recall(), s.f1(), s.matched());
    }

    private static void accuracy(PrintWriter out, String name, Accuracy a) {
        if (a.total() == 0) out.printf(Locale.ROOT, "%-20s n/a (no gold values)%n", name + ":");
        else out.printf(Locale.ROOT, "%-20s %.3f  (%d of %d)%n", name + ":", a.value(), a.correct(), a.total());
    }

    /** The metrics as a JSON object with stable keys, for CI summaries. */
    static Map<String, Object> summary(EvaluationResult r) {
        var map = new LinkedHashMap<String, Object>();
        map.put("articles", r.articles());
        map.put("exact", score(r.exact()));
        map.put("overlap", score(r.overlap()));
        map.put("speaker_surname", accuracy(r.speakerSurname()));
        map.put("speaker_full_name", accuracy(r.speakerFullName()));
        map.put("role", accuracy(r.role()));
        map.put("date", accuracy(r.date()));
        map.put("convention", r.convention().name().toLowerCase(Locale.ROOT));
        var nq = new LinkedHashMap<String, Object>();
        nq.put("annotated", r.nonQuotes().annotated());
        nq.put("extracted", r.nonQuotes().extracted());
        nq.put("with_speaker", r.nonQuotes().withSpeaker());
        map.put("non_quotes", nq);
        var cal = new LinkedHashMap<String, Object>();
        cal.put("ece", r.calibration().count() == 0 ? null : r.calibration().expectedError());
        cal.put("count", r.calibration().count());
        var bins = new ArrayList<Map<String, Object>>();
        for (Calibration.Bin b : r.calibration().bins()) {
            var bin = new LinkedHashMap<String, Object>();
            bin.put("from", b.from());
            bin.put("to", b.to());
            bin.put("count", b.count());
            bin.put("mean_confidence", b.meanConfidence());
            bin.put("accuracy", b.accuracy());
            bins.add(bin);
        }
        cal.put("bins", bins);
        map.put("calibration", cal);
        var misses = new LinkedHashMap<String, Integer>();
        for (Miss.Kind kind : Miss.Kind.values()) misses.put(kind.name().toLowerCase(Locale.ROOT), r.misses(kind).size());
        map.put("misses", misses);
        return map;
    }

    private static Map<String, Object> score(Score s) {
        var map = new LinkedHashMap<String, Object>();
        map.put("precision", s.precision());
        map.put("recall", s.recall());
        map.put("f1", s.f1());
        map.put("matched", s.matched());
        map.put("predicted", s.predicted());
        map.put("gold", s.gold());
        return map;
    }

    private static Map<String, Object> accuracy(Accuracy a) {
        var map = new LinkedHashMap<String, Object>();
        map.put("accuracy", a.total() == 0 ? null : a.value());
        map.put("correct", a.correct());
        map.put("total", a.total());
        return map;
    }

    /** Appends the quality table to the file GitHub Actions shows on the run's page. */
    private static void appendMarkdown(EvaluationResult r, Path file) throws IOException {
        var md = new StringBuilder("### Quotable evaluation\n\n| measure | precision | recall | F1 / accuracy |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| quotes, exact | %.3f | %.3f | %.3f |%n", r.exact().precision(), r.exact().recall(), r.exact().f1()));
        md.append(String.format(Locale.ROOT, "| quotes, overlap | %.3f | %.3f | %.3f |%n", r.overlap().precision(), r.overlap().recall(), r.overlap().f1()));
        for (var row : List.of(Map.entry("speaker (surname)", r.speakerSurname()), Map.entry("speaker (full name)", r.speakerFullName()),
                Map.entry("role", r.role()), Map.entry("date", r.date())))
            md.append("| ").append(row.getKey()).append(" | | | ")
                    .append(row.getValue().total() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", row.getValue().value()))
                    .append(" |\n");
        Files.writeString(file, md.append('\n'), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void writeSummary(EvaluationResult r, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary(r));
    }

    /** The listed files; what could not be listed is reported and left out, as in a build. */
    private List<Path> paths(InputFiles files) {
        files.problems().forEach(spec.commandLine().getErr()::println);
        return files.files().stream().map(org.quotable.extractor.article.InputFile::path).toList();
    }
}
