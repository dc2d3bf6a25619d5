package org.quotable.exporter.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetInfoTest {
    @TempDir Path dir;

    @Test
    void readsTheSampleDatasetDefinition() throws IOException {
        DatasetInfo info = DatasetInfo.read(Path.of("../datasets/ukraine-peace-talks"));
        assertThat(info.name()).isEqualTo("ukraine-peace-talks");
        assertThat(info.title()).isEqualTo("Ukraine peace talks quotations (sample)");
        assertThat(info.license()).isEqualTo("CC-BY-4.0");
        assertThat(info.languages()).containsExactly("en");
        assertThat(info.sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("NDTV World News");
            assertThat(s.url()).startsWith("https://www.ndtv.com/");
            assertThat(s.license()).as("NDTV's text is under its copyright").isNull();
        });
        assertThat(info.limitations()).contains("does not show");
        assertThat(info.creators()).containsExactly(DatasetInfo.DEFAULT_CREATOR);
        assertThat(info.homepage()).isNull();
    }

    @Test
    void nameDefaultsToTheFolderAndSourcesMayBeText() throws IOException {
        Path folder = dir.resolve("my-data");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("dataset.yaml"), "title: T\ndescription: D\nlicense: CC0-1.0\nlanguage: [en, de]\nsource: https://example.org/feed\n");
        DatasetInfo info = DatasetInfo.read(folder);
        assertThat(info.name()).isEqualTo("my-data");
        assertThat(info.languages()).containsExactly("en", "de");
        assertThat(info.sources()).containsExactly(new DatasetInfo.Source("https://example.org/feed", "https://example.org/feed"));
    }

    @Test
    void homepageCreatorsAndSourceLicencesAreRead() throws IOException {
        Files.writeString(dir.resolve("dataset.yaml"), """
                title: T
                description: D
                license: CC-BY-4.0
                homepage: https://example.org/data
                creators: [Ada Example, Ben Example]
                sources:
                  - title: Open News
                    url: https://news.example.org/story
                    license: CC-BY-2.5
                """);
        DatasetInfo info = DatasetInfo.read(dir);
        assertThat(info.homepage()).isEqualTo("https://example.org/data");
        assertThat(info.creators()).containsExactly("Ada Example", "Ben Example");
        assertThat(info.sources()).containsExactly(new DatasetInfo.Source("Open News", "https://news.example.org/story", "CC-BY-2.5"));
        assertThat(info.limitations()).isNull();
    }

    @Test
    void aMissingKeyIsNamedWithTheFile() throws IOException {
        Files.writeString(dir.resolve("dataset.yaml"), "title: T\ndescription: D\n");
        assertThatThrownBy(() -> DatasetInfo.read(dir))
                .isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("dataset.yaml") + ": the key 'license' is missing; add it (see the dataset.yaml example in the README)");
        assertThatThrownBy(() -> DatasetInfo.read(dir.resolve("none")))
                .hasMessageEndingWith("dataset.yaml: not found; a dataset folder needs a dataset.yaml with title, description and license");
    }
}
