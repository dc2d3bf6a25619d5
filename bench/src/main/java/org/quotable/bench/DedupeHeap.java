package org.quotable.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.ReadOptions;

/**
 * Live heap of the batch reader's duplicate detection: reads {@code n} distinct small articles (plus one repeat of
 * every 1,000th) through {@link ArticleSources#openAll}, then, with the reader still open, forces a full GC and
 * prints the heap in use. {@code DedupeHeap <folder> <articles>...} prints one line per count.
 */
public final class DedupeHeap {
    private DedupeHeap() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (int a = 1; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            Path file = folder.resolve("articles-" + n + ".jsonl");
            if (!Files.exists(file)) {
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < n; i++) {
                        out.write("{\"id\":\"a" + i + "\",\"text\":\"Article number " + i + " says little.\"}\n");
                        if (i % 1000 == 999)
                            out.write("{\"id\":\"r" + i + "\",\"text\":\"Article number " + i + " says little.\"}\n");
                    }
                }
            }
            var duplicates = new AtomicLong();
            long articles = 0;
            long start = System.nanoTime();
            try (var reader = ArticleSources.openAll(List.of(file), ReadOptions.DEFAULT, p -> duplicates.incrementAndGet())) {
                for (var ignored : reader) articles++;
                System.gc();
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf("%,d articles read (%,d duplicates reported) in %.1f s; live heap after full GC, reader open: %.1f MiB%n",
                        articles, duplicates.get(), (System.nanoTime() - start) / 1e9, used / 1048576.0);
            }
        }
    }
}
