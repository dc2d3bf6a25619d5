package org.quotable.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.quotable.extractor.QuoteExtractor;
import org.quotable.schema.Digests;
import org.quotable.schema.QuotableSchema;

/**
 * Names the extractor's exact code: a hash of the tool and schema versions and of every class and resource of the
 * extractor module. Cached results are valid only for the same fingerprint, so any change to the extraction rules
 * (a release or a local edit) re-extracts everything, and nothing else does.
 */
final class ExtractorFingerprint {
    private static final String VALUE = compute();

    private ExtractorFingerprint() {}

    /** 16 hex digits. */
    static String value() { return VALUE; }

    private static String compute() {
        MessageDigest digest = Digests.sha256();
        digest.update((Builds.toolVersion() + "\0" + QuotableSchema.VERSION + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            Path code = Path.of(QuoteExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) hashFolder(code, digest);
            else hashJarEntries(code, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extractor's code to fingerprint it", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The extractor's code location is not a file", e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /**
     * Entry names, sizes and CRC-32s only, as the jar's central directory lists them: a jar's own bytes also hold
     * timestamps, which say nothing about the code, and reading the directory alone spares inflating and hashing
     * every class on every run (a +1 article build spent about 3 % of its time there). Any change to a class changes
     * its CRC-32 or its size, but for a chance of about 2^-32 per changed class.
     */
    private static void hashJarEntries(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(file.stream().filter(e -> !e.isDirectory()).toList());
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            var sizes = java.nio.ByteBuffer.allocate(16);
            for (JarEntry entry : entries) {
                if (entry.getName().startsWith("META-INF/maven/")) continue;
                if (entry.getSize() < 0 || entry.getCrc() < 0)
                    throw new IOException(jar + ": the entry " + entry.getName() + " has no size or CRC in the jar's directory");
                digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(sizes.clear().putLong(entry.getSize()).putLong(entry.getCrc()).array());
            }
        }
    }

    private static void hashFolder(Path folder, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }
}
