package org.quotable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotable.exporter.Releases;
import org.quotable.exporter.release.ReleaseDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotable diff}: what changed between two releases. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Summarize the changes between two releases.",
        description = "Prints articles added and removed, quotes added, removed and changed (by id), and the schema "
                + "version change, as in CHANGELOG.md.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<release-a>", description = "The older release folder.")
    Path from;

    @Parameters(index = "1", paramLabel = "<release-b>", description = "The newer release folder.")
    Path to;

    @Option(names = "--ids", description = "Also list the ids of every added, removed and changed row.")
    boolean ids;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        ReleaseDiff diff;
        try {
            diff = Releases.diff(from, to);
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.USAGE, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Changes from %s to %s:%n", diff.fromVersion(), diff.toVersion());
        out.print(diff.summary());
        if (ids) {
            list(out, "articles added", diff.articlesAdded());
            list(out, "articles removed", diff.articlesRemoved());
            list(out, "quotes added", diff.quotesAdded());
            list(out, "quotes removed", diff.quotesRemoved());
            list(out, "quotes changed", diff.quotesChanged());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void list(PrintWriter out, String what, List<String> idList) {
        if (!idList.isEmpty()) out.println(what + ": " + String.join(", ", idList));
    }
}
