package org.quotable.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void defaultWritesParquetWithoutOverwriting() {
        assertThat(JobOptions.DEFAULT.formats()).containsExactly(OutputFormat.PARQUET);
        assertThat(JobOptions.DEFAULT.overwrite()).isFalse();
        assertThat(JobOptions.DEFAULT.partitions()).isZero();
        assertThat(JobOptions.DEFAULT.problemSample()).isEqualTo(100);
    }

    @Test
    void everyFormatPresetWritesAllThree() {
        assertThat(JobOptions.EVERY_FORMAT.formats()).containsExactlyInAnyOrder(OutputFormat.values());
    }

    @Test
    void aVariantKeepsWhatItDoesNotChange() {
        JobOptions options = JobOptions.EVERY_FORMAT.toBuilder().overwrite(true).partitions(8).get();

        assertThat(options.formats()).containsExactlyInAnyOrder(OutputFormat.values());
        assertThat(options.overwrite()).isTrue();
        assertThat(options.partitions()).isEqualTo(8);
        assertThat(JobOptions.EVERY_FORMAT.overwrite()).isFalse();
    }

    @Test
    void invalidOptionsAreRejectedWithTheFix() {
        assertThatThrownBy(() -> JobOptions.builder().formats().get())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No output format chosen; choose at least one of [PARQUET, CSV, JSONL]");
        assertThatThrownBy(() -> JobOptions.builder().partitions(-1).get())
                .hasMessage("partitions is -1; use 0 for Spark's default parallelism, or a positive count");
    }

    @Test
    void tableFoldersAreNamedByExtension() {
        assertThat(OutputFormat.PARQUET.extension()).isEqualTo("parquet");
        assertThat(OutputFormat.CSV.extension()).isEqualTo("csv");
        assertThat(OutputFormat.JSONL.extension()).isEqualTo("jsonl");
    }
}
