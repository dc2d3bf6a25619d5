package org.quotable.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's definition file, {@code dataset.yaml}: what the dataset is, under which licence, where its articles
 * come from, and which input files make it. Immutable.
 *
 * <pre>{@code
 * name: ukraine-peace-talks
 * title: Ukraine peace talks quotations (sample)
 * description: Quotations from news coverage of ...
 * license: CC-BY-4.0
 * sources:
 *   - title: NDTV World News
 *     url: https://www.ndtv.com/...
 * inputs:
 *   - articles/**
 * }</pre>
 *
 * @param name        machine name: lower case letters, digits and dashes; names the release files
 * @param title       human title
 * @param description what the dataset holds
 * @param license     SPDX licence identifier of the dataset
 * @param sources     where the articles come from, for attribution
 * @param inputs      globs of input files, relative to the dataset folder
 */
public record DatasetDefinition(String name, String title, @Nullable String description, @Nullable String license,
                                List<Source> sources, List<String> inputs) {

    /** The definition file's name inside a dataset folder. */
    public static final String FILE_NAME = "dataset.yaml";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ObjectMapper YAML = new YAMLMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A source the articles come from. */
    public record Source(String title, @Nullable String url) {}

    public DatasetDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /**
     * Reads {@code dataset.yaml} from a dataset folder.
     *
     * @throws QuotableException (usage) naming the file and what is wrong with it
     */
    public static DatasetDefinition load(Path datasetDir) {
        Path file = datasetDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file))
            throw new QuotableException(ExitCodes.USAGE, "%s: no dataset definition; a dataset folder holds a %s with name, title, license and inputs"
                    .formatted(file, FILE_NAME));
        DatasetDefinition definition;
        try {
            definition = YAML.readValue(file.toFile(), DatasetDefinition.class);
        } catch (JacksonException e) {
            throw new QuotableException(ExitCodes.USAGE, "%s: %s".formatted(file, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.USAGE, "%s: cannot be read: %s".formatted(file, e.getMessage()), e);
        }
        if (definition == null)
            throw new QuotableException(ExitCodes.USAGE, file + ": the file is empty");
        definition.check(file);
        return definition;
    }

    private void check(Path file) {
        if (name == null || !NAME.matcher(name).matches())
            throw new QuotableException(ExitCodes.USAGE, "%s: 'name' must be lower-case letters, digits and dashes, e.g. my-dataset; found '%s'"
                    .formatted(file, name));
        if (title == null || title.isBlank())
            throw new QuotableException(ExitCodes.USAGE, file + ": 'title' is missing");
        if (inputs.isEmpty())
            throw new QuotableException(ExitCodes.USAGE, file + ": 'inputs' lists no input globs, e.g. - articles/**");
    }
}
