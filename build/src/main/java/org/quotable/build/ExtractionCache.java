package org.quotable.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.Digests;
import org.quotable.schema.QuoteRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-article extraction results, kept between builds so that adding one article to a dataset of thousands
 * re-extracts only that one. Thread-safe.
 *
 * <p>An entry is keyed by everything extraction reads from an article (its id, metadata and text hash) and lives
 * under the {@link ExtractorFingerprint} of the code that produced it; entries of other fingerprints are deleted
 * when the cache is opened. Each entry is one file of quotes rows in {@link CachedQuotes}' binary form, written to
 * a temporary name and renamed, so a build killed mid-write leaves no broken entry. Beside the entries, under
 * {@code reads/<dataset>/}, are the {@link ReadCache}'s logs of whole input files. The cache is safe to delete at
 * any time, and releases never read it.
 *
 * <pre>
 * &lt;cache&gt;/&lt;fingerprint&gt;/ab/ab12….quotes              one article's quotes ({@link CachedQuotes})
 * &lt;cache&gt;/&lt;fingerprint&gt;/reads/&lt;dataset&gt;/&lt;file&gt;.events  one input file's read: articles, problems ({@link ReadLog})
 * &lt;cache&gt;/&lt;fingerprint&gt;/reads/&lt;dataset&gt;/&lt;file&gt;.quotes  the quotes of those articles, by their number
 * &lt;cache&gt;/&lt;fingerprint&gt;/tail/&lt;dataset&gt;/state …      what the last build wrote ({@link TailState})
 * </pre>
 */
final class ExtractionCache {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionCache.class);

    private final Path folder;

    private ExtractionCache(Path folder) {
        this.folder = folder;
    }

    /** Opens the cache under {@code root} for the running extractor, removing entries of other versions. */
    static ExtractionCache open(Path root, String fingerprint) throws IOException {
        Files.createDirectories(root);
        try (Stream<Path> versions = Files.list(root)) {
            for (Path stale : versions.filter(p -> !p.getFileName().toString().equals(fingerprint)).toList())
                deleteTree(stale);
        }
        return new ExtractionCache(Files.createDirectories(root.resolve(fingerprint)));
    }

    /**
     * The logs of what reading the input files of the dataset in {@code datasetDir} gave, beside the per-article
     * entries (under the same extractor fingerprint, so a new extractor drops them too), one folder per dataset.
     *
     * @param inputs the input files as the build found them before reading any
     */
    ReadCache reads(Path datasetDir, List<BuildManifest.Input> inputs) throws IOException {
        String dataset = Digests.sha256Hex(datasetDir.toAbsolutePath().normalize().toString()).substring(0, 16);
        return new ReadCache(folder.resolve("reads").resolve(dataset), inputs);
    }

    /** Where the {@link TailState} of the last build of the dataset in {@code datasetDir} is kept. */
    Path tails(Path datasetDir) {
        String dataset = Digests.sha256Hex(datasetDir.toAbsolutePath().normalize().toString()).substring(0, 16);
        return folder.resolve("tail").resolve(dataset);
    }

    /** The cached quotes of this article, if it was extracted before by the same extractor. */
    Optional<List<QuoteRecord>> lookup(ArticleRecord article) {
        Path entry = entry(article);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("Ignoring unreadable cache entry {}: {}", entry, e.toString());
            return Optional.empty();
        }
        try {
            return Optional.of(CachedQuotes.decode(bytes));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring damaged cache entry {}: {}", entry, e.toString());
            return Optional.empty();
        }
    }

    /** Remembers the quotes of this article. */
    void store(ArticleRecord article, List<QuoteRecord> quotes) {
        Path entry = entry(article);
        // Unique: thread ids repeat across processes, and two builds sharing a --cache-dir once shared a temporary file.
        Path temp = entry.resolveSibling("." + entry.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(entry.getParent());
            Files.write(temp, CachedQuotes.encode(quotes));
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next build.
            LOG.warn("Cannot write the extraction cache entry {}: {}", entry, e.toString());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    /** The key of an article: SHA-256 of every field extraction may read. */
    static String key(ArticleRecord article) {
        return Digests.sha256Hex(String.join("\u0000", article.articleId(), nullable(article.url()),
                nullable(article.title()), nullable(article.publisher()),
                article.published() == null ? "" : article.published().toString(), nullable(article.language()),
                article.textSha256()));
    }

    private Path entry(ArticleRecord article) {
        String key = key(article);
        return folder.resolve(key.substring(0, 2)).resolve(key + ".quotes");
    }

    private static String nullable(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
