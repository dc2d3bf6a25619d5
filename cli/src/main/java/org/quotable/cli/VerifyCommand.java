package org.quotable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotable.exporter.Releases;
import org.quotable.exporter.release.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quotable verify}: checks that a release is intact and consistent. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check a release: hashes, schema, row counts, keys and quote offsets.",
        description = {
                "Checks that every file matches SHA256SUMS and datapackage.json, that every data file matches the "
                        + "schema, that the Parquet, CSV and JSON Lines files hold the same rows, that ids are unique "
                        + "and every quote's article exists, and that every quote's offsets give back its text from "
                        + "articles.text. Prints each problem with its file; exits with code 6 if there is any."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<release>", description = "The release folder, e.g. datasets/<name>/releases/1.0.0.")
    Path release;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        Verification result;
        try {
            result = Releases.verify(release);
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.USAGE, e.getMessage(), e);
        }
        if (result.ok()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: OK (%d quote(s), %d article(s); hashes, schema, row counts, keys and offsets checked)%n",
                    release, result.quotes(), result.articles());
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String problem : result.problems()) err.println(release + "/" + problem);
        err.printf("quotable: %s failed verification with %d problem(s)%n", release, result.problems().size());
        err.flush();
        return ExitCodes.VERIFY_FAILED;
    }
}
