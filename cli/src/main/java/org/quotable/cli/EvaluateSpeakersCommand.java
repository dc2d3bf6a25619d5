package org.quotable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotable.extractor.evaluation.SpeakerMergeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotable evaluate-speakers}: how well the speakers table merges name variants, on gold annotations. */
@Command(name = "evaluate-speakers", mixinStandardHelpOptions = true,
        header = "Measure the speaker merging: pair precision and recall on gold annotations.",
        description = {
                "Feeds the gold speaker names of each <gold> (a gold.jsonl, or a folder holding one) to the merging "
                        + "that builds the speakers table, and scores which pairs of names it puts together.",
                "With a gold identity (speaker and speaker_mention fields), two name mentions are the same speaker "
                        + "when their gold speakers are the same name; without one (speaker_kind), pairs are judged only "
                        + "when surely the same (equal strings) or surely different (different last words)."})
final class EvaluateSpeakersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<gold>", arity = "1..*", description = "gold.jsonl files, or folders holding one.")
    List<Path> golds;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path given : golds) {
            Path gold = Files.isDirectory(given) ? given.resolve("gold.jsonl") : given;
            if (!Files.isRegularFile(gold)) throw new QuotableException(ExitCodes.USAGE, gold + ": no such gold file");
            out.print(given + " — " + SpeakerMergeEvaluation.evaluate(gold).summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
