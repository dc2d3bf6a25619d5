package org.quotable.spark.job;

/** A format the job writes each table in, as a folder of part files named after the table. */
public enum OutputFormat {
    /** Parquet with the tables' Spark schemas: {@code quotes.parquet/}. The format whose rows equal {@code quotable build}'s. */
    PARQUET("parquet"),
    /** CSV with a header line, written by Spark: {@code quotes.csv/}. */
    CSV("csv"),
    /** JSON Lines, written by Spark: {@code quotes.jsonl/}. */
    JSONL("jsonl");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The extension of the table's folder: {@code parquet}, {@code csv}, {@code jsonl}. */
    public String extension() { return extension; }
}
