package org.quotable.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.extractor.article.InputFile;

/**
 * A dataset read through {@link DatasetFolder} (as the Spark job reads one on HDFS or S3) gives the inputs, names and
 * descriptions that {@code quotable build} finds in the same folder on disk.
 */
class DatasetFolderTest {
    @TempDir Path dir;

    private Path dataset(String inputs) throws IOException {
        Path dataset = dir.resolve("harbour");
        for (String file : List.of("articles/2025/b.txt", "articles/a.jsonl", "articles/z.warc.gz", "articles/notes.csv",
                "articles/.drafts/c.txt", "articles/.d.txt", "drafts/e.txt", "releases/1.0.0/quotes.jsonl", "top.txt")) {
            Path f = dataset.resolve(file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "\"The harbour is open,\" said " + file + ".\n", UTF_8);
        }
        Files.writeString(dataset.resolve("dataset.yaml"), """
                name: harbour
                title: Harbour news
                description: Invented articles.
                license: CC-BY-4.0
                inputs:
                %s""".formatted(inputs), UTF_8);
        return dataset;
    }

    @Test
    void theInputsAreThoseQuotableBuildFindsOnDisk() throws IOException {
        Path dataset = dataset("  - articles/**\n  - ./top.txt\n");

        List<DatasetFolder.Entry> inputs = Builds.inputs(DatasetFolder.local(dataset));

        assertThat(inputs).extracting(DatasetFolder.Entry::name)
                .containsExactly("articles/2025/b.txt", "articles/a.jsonl", "articles/z.warc.gz", "top.txt")
                .isEqualTo(Builds.inputs(dataset).files().stream().map(InputFile::name).toList());
    }

    @Test
    void aGlobNamingAFolderTakesEveryArticleFileBelowIt() throws IOException {
        Path dataset = dataset("  - articles/2025\n  - drafts/*.txt\n");

        assertThat(Builds.inputs(DatasetFolder.local(dataset))).extracting(DatasetFolder.Entry::name)
                .containsExactly("articles/2025/b.txt", "drafts/e.txt")
                .isEqualTo(Builds.inputs(dataset).files().stream().map(InputFile::name).toList());
    }

    @Test
    void eachInputIsDescribedAsTheBuildDescribesItsLocalInputs() throws IOException {
        Path dataset = dataset("  - articles/**\n");
        DatasetFolder folder = DatasetFolder.local(dataset);

        var described = new ArrayList<BuildManifest.Input>();
        for (DatasetFolder.Entry file : Builds.inputs(folder)) described.add(Builds.describeInput(folder, file));

        assertThat(described).isEqualTo(Builds.describeInputs(Builds.inputs(dataset).files()));
        assertThat(described.get(0).sha256()).hasSize(64);
    }

    @Test
    void aFolderWithoutADefinitionIsAUsageErrorNamingTheFile() {
        DatasetFolder empty = DatasetFolder.local(dir);

        assertThatThrownBy(() -> Builds.inputs(empty)).isInstanceOf(BuildException.class)
                .hasMessageContaining(dir + "/dataset.yaml: no dataset definition");
    }
}
