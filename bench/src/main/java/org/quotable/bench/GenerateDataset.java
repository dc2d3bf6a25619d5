package org.quotable.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotable.schema.ArticleRecord;

/**
 * Writes a dataset folder of synthetic articles for end-to-end build benchmarks:
 * {@code GenerateDataset <folder> <articles> [paragraphs]} makes {@code dataset.yaml} and
 * {@code articles/articles.jsonl}.
 */
public final class GenerateDataset {
    private GenerateDataset() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateDataset <folder> <articles> [paragraphs per article, default 12]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("dataset.yaml"),
                "name: bench\ntitle: Synthetic benchmark dataset\ndescription: Generated news-like articles for benchmarks.\nlicense: CC0-1.0\ninputs: [\"articles/**\"]\n");
        try (JsonGenerator json = JsonFactory.builder().build()
                .createGenerator(Files.newOutputStream(folder.resolve("articles/articles.jsonl")), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (int i = 0; i < articles; i++) {
                ArticleRecord article = SyntheticNews.article(paragraphs, i);
                json.writeStartObject();
                json.writeStringField("id", "bench-" + i);
                json.writeStringField("title", article.title());
                json.writeStringField("published", String.valueOf(article.published()));
                json.writeStringField("text", article.text());
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }
}
