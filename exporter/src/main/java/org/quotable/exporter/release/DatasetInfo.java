package org.quotable.exporter.release;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a dataset is, as its {@code dataset.yaml} says: the metadata every release carries. Immutable.
 *
 * <pre>{@code
 * name: ukraine-peace-talks          # optional; default: the folder name
 * title: Ukraine peace talks quotes
 * description: Quotations from news articles on ...
 * license: CC-BY-4.0                 # an SPDX id: the licence of the annotations Quotable extracted
 * language: en                       # or a list; default en
 * homepage: https://example.org/data # optional: where the dataset lives (Croissant's url)
 * creators: [Jane Doe]               # optional; default: "Quotable contributors"
 * limitations: Only one publisher.   # optional: what the dataset does not cover, for its card
 * sources:                           # or `source:` with one entry; each a text or {title, url, license}
 *   - title: Example News
 *     url: https://example.org
 *     license: CC-BY-2.5             # optional: the licence of that article's text, when it has an open one
 * }</pre>
 * Other keys are ignored, so the same file can hold build settings.
 *
 * @param name        lower-case identifier of the dataset: letters, digits, '-', '_', '.'
 * @param title       human title
 * @param description a paragraph on what the dataset holds
 * @param license     SPDX license id of the data, e.g. {@code CC-BY-4.0}
 * @param languages   BCP 47 language tags of the texts
 * @param sources     where the articles come from, for attribution
 * @param homepage    where the dataset is published, or null
 * @param creators    who made the dataset, at least one
 * @param limitations what the dataset does not cover, in a paragraph for its card, or null
 */
public record DatasetInfo(String name, String title, String description, String license, List<String> languages,
                          List<Source> sources, @Nullable String homepage, List<String> creators,
                          @Nullable String limitations) {

    /** The creator named when dataset.yaml names none. */
    public static final String DEFAULT_CREATOR = "Quotable contributors";

    /** Metadata with no homepage and the default creator. */
    public DatasetInfo(String name, String title, String description, String license, List<String> languages,
                       List<Source> sources) {
        this(name, title, description, license, languages, sources, null, List.of(DEFAULT_CREATOR), null);
    }
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9._-]*[a-z0-9])?");

    /**
     * A source of the articles, for attribution.
     *
     * @param license the SPDX id of the licence its text is under (e.g. {@code CC-BY-2.5}), or null when the text is
     *                the publisher's under copyright
     */
    public record Source(String title, @Nullable String url, @Nullable String license) {
        public Source {
            requireNonNull(title, "title");
        }

        /** A source whose text is under its publisher's copyright. */
        public Source(String title, @Nullable String url) {
            this(title, url, null);
        }
    }

    public DatasetInfo {
        requireNonNull(name, "name");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(license, "license");
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        creators = List.copyOf(creators);
        if (creators.isEmpty()) throw new IllegalArgumentException("Dataset " + name + " names no creator");
        if (!NAME.matcher(name).matches())
            throw new IllegalArgumentException("Dataset name '%s' must be lower-case letters, digits, '-', '_' or '.'".formatted(name));
        if (license.isBlank()) throw new IllegalArgumentException("Dataset " + name + " has no license; set an SPDX id such as CC-BY-4.0");
    }

    /** The name of the file in a dataset folder that describes it. */
    public static final String FILE_NAME = "dataset.yaml";

    /**
     * Reads {@code dataset.yaml} from a dataset folder.
     *
     * @throws IOException naming the file and the missing or malformed key
     */
    public static DatasetInfo read(Path datasetFolder) throws IOException {
        Path file = datasetFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file))
            throw new IOException("%s: not found; a dataset folder needs a %s with title, description and license".formatted(file, FILE_NAME));
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("%s: not valid YAML: %s".formatted(file, e.getMessage()), e);
        }
        if (root == null || !root.isObject()) throw new IOException(file + ": expected a mapping with title, description and license");
        String folderName = datasetFolder.toAbsolutePath().normalize().getFileName().toString();
        var languages = new ArrayList<String>();
        JsonNode language = root.has("languages") ? root.get("languages") : root.get("language");
        if (language == null || language.isNull()) languages.add("en");
        else if (language.isArray()) language.forEach(l -> languages.add(l.asText()));
        else languages.add(language.asText());
        var sources = new ArrayList<Source>();
        JsonNode source = root.has("sources") ? root.get("sources") : root.get("source");
        if (source != null && !source.isNull()) {
            if (source.isArray()) source.forEach(s -> sources.add(source(s)));
            else sources.add(source(source));
        }
        var creators = new ArrayList<String>();
        JsonNode creator = root.has("creators") ? root.get("creators") : root.get("creator");
        if (creator != null && creator.isArray()) creator.forEach(c -> creators.add(c.asText()));
        else if (creator != null && !creator.isNull()) creators.add(creator.asText());
        if (creators.isEmpty()) creators.add(DEFAULT_CREATOR);
        JsonNode homepage = root.has("homepage") ? root.get("homepage") : root.get("url");
        try {
            return new DatasetInfo(text(root, "name", folderName, file), text(root, "title", null, file),
                    text(root, "description", null, file), text(root, "license", null, file), languages, sources,
                    homepage == null || homepage.isNull() ? null : homepage.asText(), creators,
                    root.hasNonNull("limitations") ? root.get("limitations").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Source source(JsonNode node) {
        if (node.isObject()) {
            String title = node.has("title") ? node.get("title").asText() : node.has("name") ? node.get("name").asText() : node.path("url").asText();
            return new Source(title, node.has("url") ? node.get("url").asText() : null,
                    node.has("license") ? node.get("license").asText() : null);
        }
        String text = node.asText();
        return new Source(text, text.startsWith("http://") || text.startsWith("https://") ? text : null);
    }

    private static String text(JsonNode root, String key, @Nullable String fallback, Path file) throws IOException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (fallback != null) return fallback;
            throw new IOException("%s: the key '%s' is missing; add it (see the dataset.yaml example in the README)".formatted(file, key));
        }
        return node.asText().strip();
    }
}
