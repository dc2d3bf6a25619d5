package org.quotable.cli.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's AppCDS archive ({@code cli/target/quotable.jsa}, issue 14): a run with the archive missing, older
 * than the jar, or damaged still works and prints nothing about it, and a missing or stale archive is made again.
 * Runs the real {@code ./quotable} script with {@code QUOTABLE_NO_BUILD=1}, on the jar Maven just packaged.
 */
class AppCdsIT {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = HOME.resolve("cli/target/quotable.jar");
    private static final Path ARCHIVE = HOME.resolve("cli/target/quotable.jsa");

    private record Run(int exitCode, String out, String err) {}

    private static Run version() throws IOException, InterruptedException {
        Path out = Files.createTempFile("quotable-cds", ".out"), err = Files.createTempFile("quotable-cds", ".err");
        try {
            var builder = new ProcessBuilder("bash", HOME.resolve("quotable").toString(), "--version")
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("QUOTABLE_NO_BUILD", "1");
            builder.environment().remove("QUOTABLE_CDS");
            builder.environment().remove("QUOTABLE_CLASSPATH");
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./quotable --version finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void assertQuietSuccess(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("quotable ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aMissingArchiveIsMadeAndTheRunSaysNothingAboutIt() throws Exception {
        Files.deleteIfExists(ARCHIVE);
        assertQuietSuccess(version());
        assertThat(ARCHIVE).isRegularFile();
        assertThat(Files.size(ARCHIVE)).isPositive();
    }

    @Test
    void anArchiveOlderThanTheJarIsMadeAgain() throws Exception {
        if (!Files.exists(ARCHIVE)) assertQuietSuccess(version());
        FileTime jar = Files.getLastModifiedTime(JAR);
        Files.setLastModifiedTime(ARCHIVE, FileTime.from(jar.toInstant().minus(Duration.ofHours(1))));
        assertQuietSuccess(version());
        assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(jar);
    }

    @Test
    void aDamagedArchiveIsIgnoredByTheJvmAndTheRunStillWorks() throws Exception {
        Files.deleteIfExists(ARCHIVE);
        Files.writeString(ARCHIVE, "not a class-data archive");
        Files.setLastModifiedTime(ARCHIVE, FileTime.from(Files.getLastModifiedTime(JAR).toInstant().plus(Duration.ofHours(1))));
        try {
            assertQuietSuccess(version());
        } finally {
            Files.deleteIfExists(ARCHIVE);
        }
    }

    // Issue 14: the archive must hold every class a small extraction loads from the jars, picocli's (compiled for
    // Java 5, which a dynamic archive leaves out) among them; one class looked for on the class path opens its 40 jars.
    // The launcher runs small inputs with quick-start flags (C1 only, the serial collector) and large ones with the
    // JVM's defaults (G1): one archive must map under both.
    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData"})
    void theArchiveMapsAndHoldsEveryClassASmallExtractionLoadsFromTheJars(String jvmFlags) throws Exception {
        if (!Files.exists(ARCHIVE) || Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) < 0)
            assertQuietSuccess(version());
        Path article = Files.createTempFile("quotable-cds", ".txt"), log = Files.createTempFile("quotable-cds", ".log");
        try {
            Files.writeString(article, "Talks resumed on Monday.\n\n\"We are close to a deal,\" said Anna Keller, the finance minister.\n");
            // -Xshare:on: the JVM fails instead of going without the archive when it cannot map it
            var command = new java.util.ArrayList<String>(List.of("java", "-Xshare:on", "-XX:SharedArchiveFile=" + ARCHIVE));
            command.addAll(List.of(jvmFlags.split(" ")));
            command.addAll(List.of("-Xlog:class+load=info:file=" + log, "-jar", JAR.toString(), "extract", article.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the extraction finished").isTrue();
            assertThat(process.exitValue()).isZero();
            var loaded = Files.readAllLines(log, UTF_8);
            assertThat(loaded).anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
                    .anyMatch(line -> line.contains(" org.quotable.cli.Main source: shared objects file"))
                    .noneMatch(line -> line.contains("source: file:"));
        } finally {
            Files.deleteIfExists(article);
            Files.deleteIfExists(log);
        }
    }
}
