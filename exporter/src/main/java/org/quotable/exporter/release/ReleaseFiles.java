package org.quotable.exporter.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.format.Format;
import org.quotable.schema.Digests;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.Table;

/** File names, hashing and lookups shared by the release classes. */
final class ReleaseFiles {
    private ReleaseFiles() {}

    static final String DATAPACKAGE = "datapackage.json";
    static final String CROISSANT = "croissant.json";
    static final String README = "README.md";
    static final String SHA256SUMS = "SHA256SUMS";
    static final String CHANGELOG = "CHANGELOG.md";
    static final String STAGING_PREFIX = ".staging-";

    /** Pretty-printed JSON with a final newline and no platform-dependent line ends. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The data files of a release, in release order: quotes, articles, speakers; Parquet, CSV, JSON Lines. */
    static List<String> dataFiles() {
        return dataFiles(QuotableSchema.VERSION);
    }

    /** The data files of a release of schema {@code schema}: a 1.0.0 release has no speakers files. */
    static List<String> dataFiles(SchemaVersion schema) {
        var names = new ArrayList<String>();
        for (Table<?> table : QuotableSchema.tablesAsOf(schema))
            for (Format format : List.of(Format.PARQUET, Format.CSV, Format.JSONL)) names.add(format.fileName(table));
        return names;
    }

    /** Every file a release holds. */
    static List<String> allFiles() {
        return allFiles(QuotableSchema.VERSION);
    }

    /** Every file a release of schema {@code schema} holds; the charts came with 1.1.0. */
    static List<String> allFiles(SchemaVersion schema) {
        var names = new ArrayList<>(dataFiles(schema));
        names.addAll(List.of(DATAPACKAGE, CROISSANT, README, CHANGELOG, SHA256SUMS));
        if (schema.compareTo(QuotableSchema.V1_1) >= 0) names.addAll(CardCharts.FILE_NAMES);
        return names;
    }

    /**
     * The schema version to read a release with: the one its datapackage.json says, when it is of the running
     * major version (minor versions only append columns and tables, so their layout is known); otherwise, or when it
     * does not say, the running version (the checks then report what differs).
     */
    static SchemaVersion schemaOf(Path release) {
        String text = schemaVersion(release);
        SchemaVersion said = text == null ? QuotableSchema.VERSION : parse(text).orElse(QuotableSchema.VERSION);
        return said.major() == QuotableSchema.VERSION.major() ? said : QuotableSchema.VERSION;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = Digests.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void writeJson(Path file, Object tree) throws IOException {
        String text = JSON.writer().withDefaultPrettyPrinter().writeValueAsString(tree).replace("\r\n", "\n") + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The published versions in a releases folder, ascending; hidden and non-version names are ignored. */
    static List<SchemaVersion> versions(Path releasesFolder) throws IOException {
        if (!Files.isDirectory(releasesFolder)) return List.of();
        try (Stream<Path> children = Files.list(releasesFolder)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .flatMap(name -> parse(name).stream()).sorted().toList();
        }
    }

    static Optional<SchemaVersion> parse(String name) {
        try {
            return Optional.of(SchemaVersion.parse(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The datapackage.json of a release, or null when it has none or it is not JSON. */
    static @Nullable JsonNode datapackage(Path release) {
        Path file = release.resolve(DATAPACKAGE);
        if (!Files.isRegularFile(file)) return null;
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    /** The schema version a release says it has, from datapackage.json. */
    static @Nullable String schemaVersion(Path release) {
        JsonNode root = datapackage(release);
        if (root == null) return null;
        JsonNode version = root.path("quotable").path("schemaVersion");
        return version.isTextual() ? version.asText() : null;
    }

    /** The version a release says it has, from datapackage.json, else its folder name. */
    static String version(Path release) {
        JsonNode root = datapackage(release);
        if (root != null && root.path("version").isTextual()) return root.get("version").asText();
        return release.toAbsolutePath().normalize().getFileName().toString();
    }
}
