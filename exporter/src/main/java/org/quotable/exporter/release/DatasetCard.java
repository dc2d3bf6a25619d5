package org.quotable.exporter.release;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.FieldTable;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SchemaVersion;

/**
 * Builds a release's {@code README.md}: a dataset card whose YAML front matter follows the Hugging Face convention
 * (license, language, pretty_name, and one {@code configs} entry per table pointing at its Parquet file, quotes the
 * default), and whose body describes the fields, counts, date range, top speakers, provenance and quality.
 */
final class DatasetCard {
    private DatasetCard() {}

    /** The DuckDB call the interop test makes, as shown in the card. */
    static final String DUCKDB = "SELECT * FROM read_parquet('quotes.parquet')";
    /** The nodejs-polars call the interop test makes, as shown in the card. */
    static final String POLARS_NODE = "pl.readParquet(\"quotes.parquet\")";

    static String of(DatasetInfo info, SchemaVersion version, String toolVersion, DatasetStats stats,
                     @Nullable ExtractionQuality quality, ReleaseDiff changes) {
        var out = new StringBuilder();
        out.append("---\n");
        out.append("license: ").append(yaml(info.license().toLowerCase(Locale.ROOT))).append('\n');
        out.append("language:\n");
        for (String language : info.languages()) out.append("- ").append(yaml(language)).append('\n');
        out.append("pretty_name: ").append(yaml(info.title())).append('\n');
        out.append("tags:\n- quotations\n- news\n");
        out.append("configs:\n");
        out.append("- config_name: quotes\n  data_files: quotes.parquet\n  default: true\n");
        out.append("- config_name: articles\n  data_files: articles.parquet\n");
        out.append("---\n\n");
        out.append("# ").append(info.title()).append(" (").append(version).append(")\n\n");
        out.append(info.description().strip()).append("\n\n");

        out.append("## Contents\n\n");
        out.append("| table | rows | files |\n|---|---|---|\n");
        out.append("| quotes | ").append(stats.quotes).append(" | `quotes.parquet`, `quotes.csv`, `quotes.jsonl` |\n");
        out.append("| articles | ").append(stats.articles).append(" | `articles.parquet`, `articles.csv`, `articles.jsonl` |\n\n");
        out.append("The three formats of a table hold the same rows in the same order. ")
                .append(stats.attributed).append(" of ").append(stats.quotes).append(" quotes have a speaker.\n\n");
        out.append("- Quote dates: ").append(range(stats.firstQuoteDate, stats.lastQuoteDate)).append('\n');
        out.append("- Article publication dates: ").append(range(stats.firstPublished, stats.lastPublished)).append("\n\n");

        var top = stats.topSpeakers(10);
        if (!top.isEmpty()) {
            out.append("### Top speakers\n\n| speaker | quotes |\n|---|---|\n");
            for (Map.Entry<String, Long> e : top)
                out.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ").append(e.getValue()).append(" |\n");
            out.append('\n');
        }

        out.append("## Loading\n\n");
        out.append("```python\nimport pandas as pd\nquotes = pd.read_parquet(\"quotes.parquet\")\n```\n\n");
        out.append("```python\nquotes = spark.read.parquet(\"quotes.parquet\")\n```\n\n");
        out.append("```sql\n-- DuckDB\n").append(DUCKDB).append(";\n```\n\n");
        out.append("```python\nimport polars as pl\nquotes = pl.read_parquet(\"quotes.parquet\")\n```\n\n");
        out.append("```js\n// nodejs-polars\nconst pl = require(\"nodejs-polars\");\nconst quotes = ").append(POLARS_NODE).append(";\n```\n\n");
        out.append("```python\nfrom datasets import load_dataset\nquotes = load_dataset(\"path/to/this/folder\", \"quotes\")\n```\n\n");
        out.append("In `quotes.csv` and `articles.csv` an empty unquoted field is null and `\"\"` is an empty string; ")
                .append("DuckDB keeps them apart with `read_csv('quotes.csv', allow_quoted_nulls = false)`.\n\n");

        out.append("## Fields\n\n### quotes\n\n").append(QuotableSchema.QUOTES.description()).append("\n\n")
                .append(FieldTable.markdown(QuotableSchema.QUOTES)).append('\n');
        out.append("### articles\n\n").append(QuotableSchema.ARTICLES.description()).append("\n\n")
                .append(FieldTable.markdown(QuotableSchema.ARTICLES)).append('\n');

        out.append("## How it was made\n\n");
        out.append("Extracted from news articles by Quotable ").append(toolVersion)
                .append(", schema version ").append(QuotableSchema.VERSION).append(". ");
        out.append("Quote positions count Unicode code points: `text[position_start:position_end]` in Python gives the quote.\n\n");
        if (!info.sources().isEmpty()) {
            out.append("Sources:\n\n");
            for (DatasetInfo.Source s : info.sources())
                out.append("- ").append(s.url() == null ? s.title() : "[" + s.title() + "](" + s.url() + ")").append('\n');
            out.append('\n');
        }

        out.append("## Extraction quality\n\n");
        if (quality == null) {
            out.append("This dataset has no gold annotations, so extraction quality was not measured.\n\n");
        } else {
            out.append("Measured by `quotable evaluate` on ").append(quality.goldArticles())
                    .append(quality.goldArticles() == 1 ? " annotated article.\n\n" : " annotated articles.\n\n");
            out.append("| measure | score |\n|---|---|\n");
            quality.scores().forEach((name, value) -> out.append("| ").append(name).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3f", value)).append(" |\n"));
            out.append('\n');
        }

        out.append("## Changes\n\n").append(changes.changelogEntry().substring(changes.changelogEntry().indexOf('\n') + 2)).append('\n');
        out.append("## Integrity\n\nCheck the files with `sha256sum -c SHA256SUMS`, or `quotable verify <this folder>`. ")
                .append("`datapackage.json` (Frictionless) and `croissant.json` (MLCommons Croissant 1.1) describe every file with its SHA-256.\n\n");
        out.append("## License\n\n").append(info.license()).append('\n');
        return out.toString();
    }

    private static String range(@Nullable Object first, @Nullable Object last) {
        return first == null ? "none" : first + " to " + last;
    }

    /** A YAML scalar, quoted when it could be misread. */
    private static String yaml(String value) {
        if (value.matches("[A-Za-z0-9][A-Za-z0-9 ._/-]*") && !value.matches("(?i)yes|no|true|false|null|on|off"))
            return value;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
