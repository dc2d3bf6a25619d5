package org.quotable.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quotable.spark.job.OutputFormat;
import org.quotable.spark.job.Partitioning;

/** The spark-submit command line of {@link QuotableSpark#main}. */
class QuotableSparkArgumentsTest {

    @Test
    void inputAndOutputAloneRunWithTheDefaults() {
        var arguments = QuotableSpark.Arguments.parse(new String[] {"hdfs://nn/news", "hdfs://nn/quotable"});

        assertThat(arguments.input()).isEqualTo("hdfs://nn/news");
        assertThat(arguments.output()).isEqualTo("hdfs://nn/quotable");
        assertThat(arguments.options().formats()).containsExactly(OutputFormat.PARQUET);
        assertThat(arguments.options().overwrite()).isFalse();
    }

    @Test
    void optionsMayComeAnywhere() {
        var arguments = QuotableSpark.Arguments.parse(
                new String[] {"--format", "parquet,csv", "in", "--overwrite", "out", "--partitions", "64"});

        assertThat(arguments.input()).isEqualTo("in");
        assertThat(arguments.output()).isEqualTo("out");
        assertThat(arguments.options().formats()).containsExactlyInAnyOrder(OutputFormat.PARQUET, OutputFormat.CSV);
        assertThat(arguments.options().overwrite()).isTrue();
        assertThat(arguments.options().partitions()).isEqualTo(64);
    }

    @Test
    void partitioningAndWarcPartSizeAreOptions() {
        var arguments = QuotableSpark.Arguments.parse(
                new String[] {"in", "out", "--partition-by", "published_month", "--warc-part-mb", "8"});

        assertThat(arguments.options().partitioning()).isEqualTo(Partitioning.PUBLISHED_MONTH);
        assertThat(arguments.options().warcPartBytes()).isEqualTo(8L << 20);
        assertThat(QuotableSpark.Arguments.parse(new String[] {"in", "out"}).options().partitioning()).isEqualTo(Partitioning.NONE);
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in", "out", "--partition-by", "day"}))
                .hasMessage("unknown --partition-by 'day'; expected one of [none, published_month]");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in"}))
                .hasMessage("expected <input> and <output>, got [in]");
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in", "out", "--format", "orc"}))
                .hasMessage("unknown format 'orc'; expected one of [parquet, csv, jsonl]");
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in", "out", "--partitions", "many"}))
                .hasMessage("--partitions takes a number, not 'many'");
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in", "out", "--fast"}))
                .hasMessage("unknown option --fast");
        assertThatThrownBy(() -> QuotableSpark.Arguments.parse(new String[] {"in", "out", "--format"}))
                .hasMessage("--format needs a value");
    }
}
