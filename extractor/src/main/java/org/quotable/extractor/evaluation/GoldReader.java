package org.quotable.extractor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads gold annotations from JSON Lines: one object per line with {@code article_id}, {@code quote},
 * {@code char_start}, {@code char_end}, {@code speaker}, and optionally {@code speaker_kind}, {@code role},
 * {@code date}, {@code quote_type} (default {@code direct}), {@code mixed} and {@code speaker_type}. Stateless and thread-safe.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldReader() {}

    /**
     * Every annotation in a file.
     *
     * @throws IOException naming the file and line of a record that cannot be read
     */
    public static List<GoldQuote> read(Path file) throws IOException {
        return readLines(file, "gold quote", GoldReader::parse);
    }

    static GoldQuote parse(JsonNode node) {
        return new GoldQuote(required(node, "article_id"), required(node, "quote"), number(node, "char_start"),
                number(node, "char_end"), optional(node, "speaker"), optional(node, "speaker_kind"), optional(node, "role"),
                date(optional(node, "date")), node.hasNonNull("quote_type") ? node.get("quote_type").asText() : "direct",
                node.path("mixed").asBoolean(false), optional(node, "speaker_type"));
    }

    /**
     * Every non-quotation in a file of quoted stretches that are not quotations: one object per line with
     * {@code article_id}, {@code quote}, {@code char_start}, {@code char_end} and optionally {@code reason}.
     *
     * @throws IOException naming the file and line of a record that cannot be read
     */
    public static List<NonQuote> readNonQuotes(Path file) throws IOException {
        return readLines(file, "non-quote", node -> {
            String reason = optional(node, "reason");
            return new NonQuote(required(node, "article_id"), required(node, "quote"), number(node, "char_start"),
                    number(node, "char_end"), reason == null ? "" : reason);
        });
    }

    /** One record per non-blank line of {@code file}; a line that does not parse fails naming the file and line. */
    private static <T> List<T> readLines(Path file, String what, Function<JsonNode, T> parse) throws IOException {
        var out = new ArrayList<T>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    out.add(parse.apply(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("%s, line %d: not a %s (%s); expected a JSON object with article_id, quote, char_start, char_end"
                            .formatted(file, number, what, e.getMessage()), e);
                }
            }
        }
        return out;
    }

    private static String required(JsonNode node, String field) {
        if (!node.hasNonNull(field)) throw new IllegalArgumentException("missing field '" + field + "'");
        return node.get(field).asText();
    }

    private static int number(JsonNode node, String field) {
        if (!node.hasNonNull(field) || !node.get(field).canConvertToInt())
            throw new IllegalArgumentException("field '" + field + "' must be an integer");
        return node.get(field).asInt();
    }

    private static @Nullable String optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + text + "' is not an ISO date like 2025-12-16");
        }
    }
}
