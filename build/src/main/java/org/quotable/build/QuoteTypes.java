package org.quotable.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.schema.QuoteType;
import org.quotable.schema.Vocabulary;

/**
 * Which kinds of quotation a build or an extraction keeps: {@code --types direct,partial} on the command line, else
 * the {@code types:} list of {@code dataset.yaml}, else {@link ExtractorOptions#DEFAULT_TYPES} (direct and partial;
 * reported speech is opt-in). Stateless.
 */
public final class QuoteTypes {
    private QuoteTypes() {}

    /** The types chosen by the option, else by the dataset's definition (when there is one), else the default. */
    public static Set<QuoteType> chosen(@Nullable List<QuoteType> option, @Nullable Path datasetDir) {
        if (option != null && !option.isEmpty()) return EnumSet.copyOf(option);
        if (datasetDir != null) {
            Set<QuoteType> declared = declared(datasetDir.resolve(DatasetDefinition.FILE_NAME));
            if (declared != null) return declared;
        }
        return EnumSet.copyOf(ExtractorOptions.DEFAULT_TYPES);
    }

    /** The {@code types:} list of a dataset definition, or null when it has none. */
    static @Nullable Set<QuoteType> declared(Path file) {
        if (!Files.isRegularFile(file)) return null;
        JsonNode node;
        try {
            node = new YAMLMapper().readTree(file.toFile()).get("types");
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.USAGE, file + ": " + e.getMessage(), e);
        }
        if (node == null || node.isNull()) return null;
        var types = EnumSet.noneOf(QuoteType.class);
        var values = new java.util.ArrayList<String>();
        if (node.isArray()) node.forEach(v -> values.add(v.asText()));
        else for (String v : node.asText().split(",")) values.add(v);
        for (String v : values) {
            String label = v.strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty()) continue;
            try {
                types.add(Vocabulary.fromLabel(QuoteType.class, label));
            } catch (IllegalArgumentException e) {
                throw new BuildException(BuildException.Kind.USAGE, "%s: 'types' has '%s'; expected some of %s"
                        .formatted(file, v.strip(), Vocabulary.labels(QuoteType.class)));
            }
        }
        if (types.isEmpty())
            throw new BuildException(BuildException.Kind.USAGE, file + ": 'types' lists no quotation type; expected some of "
                    + Vocabulary.labels(QuoteType.class));
        return types;
    }

    /** What to add to the extraction cache's fingerprint: nothing for the default types, else the types kept. */
    static String cacheSuffix(Set<QuoteType> types) {
        if (types.equals(ExtractorOptions.DEFAULT_TYPES)) return "";
        return "-" + types.stream().map(t -> t.label()).sorted().collect(Collectors.joining("-"));
    }
}
