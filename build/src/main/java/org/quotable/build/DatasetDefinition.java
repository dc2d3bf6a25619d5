package org.quotable.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotable.exporter.release.DatasetInfo;

/**
 * A dataset's definition file, {@code dataset.yaml}: what the dataset is (its {@link DatasetInfo}, which every
 * release carries) and which input files make it ({@code inputs}, globs relative to the dataset folder).
 * Immutable.
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
 * @param info   name, title, description, license, languages and sources
 * @param inputs globs of input files, relative to the dataset folder
 */
public record DatasetDefinition(DatasetInfo info, List<String> inputs) {

    /** The definition file's name inside a dataset folder. */
    public static final String FILE_NAME = DatasetInfo.FILE_NAME;

    public DatasetDefinition {
        inputs = List.copyOf(inputs);
    }

    /** The dataset's name. */
    public String name() { return info.name(); }

    /**
     * Reads {@code dataset.yaml} from a dataset folder.
     *
     * @throws BuildException (usage) naming the file and what is wrong with it
     */
    public static DatasetDefinition load(Path datasetDir) {
        Path file = datasetDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file))
            throw new BuildException(BuildException.Kind.USAGE, "%s: no dataset definition; a dataset folder holds a %s with name, title, description, license and inputs"
                    .formatted(file, FILE_NAME));
        try {
            DatasetInfo info = DatasetInfo.read(datasetDir);
            var inputs = new ArrayList<String>();
            JsonNode node = new YAMLMapper().readTree(file.toFile()).get("inputs");
            if (node != null && node.isArray()) node.forEach(glob -> inputs.add(glob.asText()));
            else if (node != null && node.isTextual()) inputs.add(node.asText());
            if (inputs.isEmpty())
                throw new BuildException(BuildException.Kind.USAGE, file + ": 'inputs' lists no input globs, e.g. - articles/**");
            return new DatasetDefinition(info, inputs);
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.USAGE, e.getMessage(), e);
        }
    }
}
