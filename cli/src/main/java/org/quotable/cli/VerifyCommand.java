package org.quotable.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.quotable.build.DatasetDefinition;
import org.quotable.exporter.Releases;
import org.quotable.exporter.release.Verification;
import org.quotable.schema.SchemaVersion;
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
                        + "articles.text. Prints each problem with its file; exits with code 6 if there is any.",
                "Given a dataset folder, checks every release under its releases/ folder, so CI can prove that no "
                        + "published release was altered."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<release>",
            description = "A release folder, e.g. datasets/<name>/releases/1.0.0, or a dataset folder to check all its releases.")
    Path release;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (!Files.isRegularFile(release.resolve(DatasetDefinition.FILE_NAME))) return verify(release);
        List<SchemaVersion> versions = Releases.versions(release);
        if (versions.isEmpty()) {
            spec.commandLine().getOut().printf("%s: no releases to verify%n", release);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        int exitCode = ExitCodes.OK;
        for (SchemaVersion version : versions)
            exitCode = Math.max(exitCode, verify(release.resolve("releases").resolve(version.toString())));
        return exitCode;
    }

    private int verify(Path release) {
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
