package org.quotable.extractor.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quotable.schema.Digests;

class SeenTextsTest {
    private static String hash(int i) { return Digests.sha256Hex("article text " + i); }

    @Test
    void theFirstArticleOfEachTextIsRememberedAcrossSpilledAndMergedRuns() throws IOException {
        // a buffer of 7 entries: 3,000 texts make 428 spills, merged into runs of every level
        try (var seen = new SeenTexts(7)) {
            for (int i = 0; i < 3_000; i++) assertThat(seen.putIfAbsent(hash(i), "a" + i + " (f.jsonl)")).as("text %d", i).isNull();
            for (int i = 2_999; i >= 0; i -= 13) assertThat(seen.putIfAbsent(hash(i), "dup" + i)).isEqualTo("a" + i + " (f.jsonl)");
            // a repeat does not replace the first article's description
            assertThat(seen.putIfAbsent(hash(42), "later")).isEqualTo("a42 (f.jsonl)");
            for (int i = 3_000; i < 3_100; i++) assertThat(seen.putIfAbsent(hash(i), "b" + i)).isNull();
            assertThat(seen.putIfAbsent(hash(3_050), "again")).isEqualTo("b3050");
        }
    }

    @Test
    void closeDeletesTheFilesOnDisk() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var list = Files.list(tmp)) {
            before = list.filter(p -> p.getFileName().toString().startsWith("quotable-seen")).count();
        }
        var seen = new SeenTexts(2);
        for (int i = 0; i < 10; i++) seen.putIfAbsent(hash(i), "a" + i);
        try (var list = Files.list(tmp)) {
            assertThat(list.filter(p -> p.getFileName().toString().startsWith("quotable-seen")).count()).isEqualTo(before + 1);
        }
        seen.close();
        try (var list = Files.list(tmp)) {
            assertThat(list.filter(p -> p.getFileName().toString().startsWith("quotable-seen")).count()).isEqualTo(before);
        }
    }

    @Test
    void aHashNotInHexFormIsStillComparedExactly() throws IOException {
        try (var seen = new SeenTexts(1)) {
            assertThat(seen.putIfAbsent("not a hash", "first")).isNull();
            assertThat(seen.putIfAbsent("NOT A HASH", "second")).isNull();
            assertThat(seen.putIfAbsent("not a hash", "third")).isEqualTo("first");
        }
    }
}
