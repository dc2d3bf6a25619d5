package org.quotable.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            return new DatasetDefinition(info, inputs(new YAMLMapper().readTree(file.toFile()), file.toString()));
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.USAGE, e.getMessage(), e);
        }
    }

    /**
     * The {@code inputs} globs of the {@code dataset.yaml} of a dataset folder on any file system (the Spark job's
     * dataset on HDFS or S3), read by the same rules as {@link #load}. Only the globs: the rest of the definition
     * is checked where a release is cut, from a local copy.
     *
     * @throws BuildException (usage) naming the file and what is wrong with it
     */
    static List<String> inputs(DatasetFolder dataset) {
        String file = dataset.location() + "/" + FILE_NAME;
        try (InputStream in = dataset.open(FILE_NAME)) {
            return inputs(new YAMLMapper().readTree(in), file);
        } catch (FileNotFoundException | NoSuchFileException e) {    // Hadoop's, and this machine's
            throw new BuildException(BuildException.Kind.USAGE, "%s: no dataset definition; a dataset folder holds a %s with name, title, description, license and inputs"
                    .formatted(file, FILE_NAME), e);
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.USAGE, "%s: not valid YAML: %s".formatted(file, e.getMessage()), e);
        }
    }

    private static List<String> inputs(JsonNode root, String file) {
        var inputs = new ArrayList<String>();
        JsonNode node = root == null ? null : root.get("inputs");
        if (node != null && node.isArray()) node.forEach(glob -> inputs.add(glob.asText()));
        else if (node != null && node.isTextual()) inputs.add(node.asText());
        if (inputs.isEmpty())
            throw new BuildException(BuildException.Kind.USAGE, file + ": 'inputs' lists no input globs, e.g. - articles/**");
        return inputs;
    }
}
