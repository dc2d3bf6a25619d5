package org.quotable.cli.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged tool as {@code ./quotable} runs it: {@code java -jar cli/target/quotable.jar} with the jar's own
 * {@code lib/} classpath, in a fresh JVM, from a chosen working folder. The jar is the one Maven packaged before the
 * integration tests ({@code quotable.jar} system property, set by Failsafe).
 */
final class Launcher {
    private static final Path JAR = Path.of(System.getProperty("quotable.jar", "target/quotable.jar")).toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** One finished run: exit code, standard output and standard error. */
    record Run(int exitCode, String out, String err) {
        @Override public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Launcher() {}

    static Run run(Path workingDir, String... args) throws IOException, InterruptedException {
        return runWithInput(workingDir, null, args);
    }

    /** Runs with {@code stdin} (or nothing) on standard input. */
    static Run runWithInput(Path workingDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " is missing; run ./mvnw verify, which packages it first");
        var command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("quotable-it", ".out");
        Path err = Files.createTempFile("quotable-it", ".err");
        try {
            var builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("GITHUB_STEP_SUMMARY");
            builder.environment().remove("QUOTABLE_HOME");
            if (stdin == null) builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Process process = builder.start();
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin);
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("quotable " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
