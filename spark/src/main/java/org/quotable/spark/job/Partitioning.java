package org.quotable.spark.job;

import java.util.Locale;

/**
 * How the job splits the {@code quotes} and {@code articles} tables into folders, Hive-style
 * ({@code <column>=<value>/part-….parquet}), so that Spark, DuckDB ({@code hive_partitioning}) and polars read only
 * the folders a query's filter keeps. The speakers table is never split.
 */
public enum Partitioning {
    /** One folder of part files per table. */
    NONE,
    /**
     * By the month the article was published, {@code published_month=2026-11}; an article without a date goes to
     * Spark's {@code published_month=__HIVE_DEFAULT_PARTITION__}. A quote goes with its article.
     */
    PUBLISHED_MONTH;

    /** The option's spelling: {@code none}, {@code published_month}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
