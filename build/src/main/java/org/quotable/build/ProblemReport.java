package org.quotable.build;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.quotable.extractor.article.ArticleProblem;

/**
 * Writes a build's input problems as {@code errors.jsonl}: one JSON object per problem with {@code file},
 * {@code location}, {@code severity} and {@code reason}. The file is replaced in one rename, so a reader never sees
 * half of it; a build without problems leaves an empty file, so a stale report never survives a clean build.
 */
final class ProblemReport {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ProblemReport() {}

    static void write(Path file, List<ArticleProblem> problems) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (var out = Files.newOutputStream(temp)) {
                write(out, problems);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes the report into a folder on another file system (the Spark job's output on HDFS or S3), where the
     * file is complete when its stream is closed.
     */
    static void write(OutputFolder folder, List<ArticleProblem> problems) throws IOException {
        try (var out = folder.create(BuildFolder.ERRORS)) {
            write(out, problems);
        }
    }

    private static void write(java.io.OutputStream out, List<ArticleProblem> problems) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (ArticleProblem problem : problems) {
                json.writeStartObject();
                json.writeStringField("file", problem.file());
                json.writeStringField("location", problem.location());
                json.writeStringField("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("reason", problem.reason());
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }
}
