package org.quotable.exporter.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quotable.schema.FieldTable;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.SpeakerRecord;

/**
 * Builds a release's {@code README.md}: a dataset card whose YAML front matter follows the Hugging Face convention
 * (license, language, pretty_name, task_categories, size_categories, tags, and one {@code configs} entry per table
 * pointing at its Parquet file, quotes the default), and whose body shows the charts and describes the tables,
 * counts, date range, top speakers, provenance, quality and, precisely, what is licensed how.
 */
final class DatasetCard {
    private DatasetCard() {}

    /** The DuckDB call the interop test makes, as shown in the card. */
    static final String DUCKDB = "SELECT * FROM read_parquet('quotes.parquet')";
    /** The nodejs-polars call the interop test makes, as shown in the card. */
    static final String POLARS_NODE = "pl.readParquet(\"quotes.parquet\")";
    /** The Hugging Face task category of quotation extraction and attribution: spans of text labelled with who said them. */
    static final String TASK_CATEGORY = "token-classification";

    static String of(DatasetInfo info, SchemaVersion version, String toolVersion, DatasetStats stats,
                     @Nullable ExtractionQuality quality, ReleaseDiff changes, List<CardCharts.Chart> charts) {
        var out = new StringBuilder();
        out.append("---\n");
        // The release holds article text that is not under the dataset's licence, so the tag is "other"; the
        // License section says what is licensed how.
        out.append("license: other\n");
        out.append("license_name: ").append(yaml(info.license().toLowerCase(Locale.ROOT) + "-annotations-third-party-text")).append('\n');
        out.append("license_link: ").append(yaml("https://spdx.org/licenses/" + info.license() + ".html")).append('\n');
        out.append("language:\n");
        for (String language : info.languages()) out.append("- ").append(yaml(language)).append('\n');
        out.append("pretty_name: ").append(yaml(info.title())).append('\n');
        out.append("task_categories:\n- ").append(TASK_CATEGORY).append('\n');
        out.append("size_categories:\n- ").append(yaml(sizeCategory(stats.quotes))).append('\n');
        out.append("tags:\n- quotations\n- news\n- quote-attribution\n");
        out.append("configs:\n");
        out.append("- config_name: quotes\n  data_files: quotes.parquet\n  default: true\n");
        out.append("- config_name: articles\n  data_files: articles.parquet\n");
        out.append("- config_name: speakers\n  data_files: speakers.parquet\n");
        out.append("---\n\n");
        out.append("# ").append(info.title()).append(" (").append(version).append(")\n\n");
        out.append(info.description().strip()).append("\n\n");

        out.append("## Contents\n\n");
        out.append("| table | rows | files |\n|---|---|---|\n");
        out.append("| quotes | ").append(stats.quotes).append(" | `quotes.parquet`, `quotes.csv`, `quotes.jsonl` |\n");
        out.append("| articles | ").append(stats.articles).append(" | `articles.parquet`, `articles.csv`, `articles.jsonl` |\n");
        out.append("| speakers | ").append(stats.speakers).append(" | `speakers.parquet`, `speakers.csv`, `speakers.jsonl` |\n\n");
        out.append("The three formats of a table hold the same rows in the same order. ")
                .append(stats.attributed).append(" of ").append(stats.quotes).append(" quotes have a speaker, ")
                .append(stats.undated).append(" have no known date; ")
                .append(stats.articlesPerPublisher.size()).append(" publisher(s).\n\n");
        out.append("- Quote dates: ").append(range(stats.firstQuoteDate, stats.lastQuoteDate)).append('\n');
        out.append("- Article publication dates: ").append(range(stats.firstPublished, stats.lastPublished)).append("\n\n");

        if (!charts.isEmpty()) {
            out.append("## At a glance\n\n");
            for (CardCharts.Chart chart : charts)
                out.append("![").append(chart.title()).append("](").append(chart.fileName()).append(")\n\n");
        }

        var top = stats.topSpeakers(10);
        if (!top.isEmpty()) {
            out.append("### Top speakers\n\n| speaker | quotes | also named | roles |\n|---|---|---|---|\n");
            for (SpeakerRecord s : top) {
                var others = s.nameVariants().stream().filter(v -> !v.equals(s.name())).toList();
                String roles = s.rolesText();
                out.append("| ").append(cell(s.name())).append(" | ").append(s.quoteCount()).append(" | ")
                        .append(cell(String.join(", ", others))).append(" | ").append(cell(roles == null ? "" : roles)).append(" |\n");
            }
            out.append('\n');
        }

        out.append("## Loading\n\n");
        out.append("```python\nimport pandas as pd\nquotes = pd.read_parquet(\"quotes.parquet\")\n")
                .append("speakers = pd.read_parquet(\"speakers.parquet\")\n")
                .append("# every quote with its speaker's canonical name, name variants merged\n")
                .append("quotes.merge(speakers, on=\"speaker_id\", how=\"left\", suffixes=(\"\", \"_speaker\"))\n```\n\n");
        out.append("```python\nquotes = spark.read.parquet(\"quotes.parquet\")\n```\n\n");
        out.append("```sql\n-- DuckDB\n").append(DUCKDB).append(";\n")
                .append("SELECT s.name, count(*) FROM read_parquet('quotes.parquet') q JOIN read_parquet('speakers.parquet') s USING (speaker_id) GROUP BY s.name;\n```\n\n");
        out.append("```python\nimport polars as pl\nquotes = pl.read_parquet(\"quotes.parquet\")\n```\n\n");
        out.append("```js\n// nodejs-polars\nconst pl = require(\"nodejs-polars\");\nconst quotes = ").append(POLARS_NODE).append(";\n```\n\n");
        out.append("```python\nfrom datasets import load_dataset\nquotes = load_dataset(\"path/to/this/folder\", \"quotes\")\n```\n\n");
        out.append("In the CSV files an empty unquoted field is null and `\"\"` is an empty string; ")
                .append("DuckDB keeps them apart with `read_csv('quotes.csv', allow_quoted_nulls = false)`.\n\n");

        out.append("## Fields\n\n");
        for (var table : QuotableSchema.TABLES)
            out.append("### ").append(table.name()).append("\n\n").append(table.description()).append("\n\n")
                    .append(FieldTable.markdown(table)).append('\n');

        out.append("## How it was made\n\n");
        out.append("Extracted from news articles by Quotable ").append(toolVersion)
                .append(", schema version ").append(QuotableSchema.VERSION).append(". ");
        out.append("Quote positions count Unicode code points: `text[position_start:position_end]` in Python gives the quote. ");
        out.append("The speakers table merges the name variants of one speaker across articles (spelling variants, ")
                .append("titles, a surname alone when it names one known person); people who share a surname stay apart.\n\n");
        if (!info.sources().isEmpty()) {
            out.append("Sources:\n\n");
            for (DatasetInfo.Source s : info.sources())
                out.append("- ").append(s.url() == null ? s.title() : "[" + s.title() + "](" + s.url() + ")")
                        .append(s.license() == null ? " (text: the publisher's copyright)" : " (text: " + s.license() + ")").append('\n');
            out.append('\n');
        }

        var missing = new ArrayList<String>();
        if (stats.articlesPerPublisher.size() <= 1) missing.add("articles from more than one publisher");
        if (stats.quotesPerDay.size() <= 1) missing.add("quotes from more than one day");
        if (stats.mergedSpeakers == 0) missing.add("a speaker named in more than one way (the speakers table merges nothing here)");
        if (stats.attributed == stats.quotes) missing.add("unattributed quotes (null speaker)");
        if (stats.undated == 0) missing.add("quotes without a known date (null date)");
        if (!missing.isEmpty() || info.limitations() != null) {
            out.append("## What this release does not show\n\n");
            if (!missing.isEmpty()) {
                out.append("It is too small to show:\n\n");
                for (String m : missing) out.append("- ").append(m).append('\n');
                out.append('\n');
            }
            if (info.limitations() != null) out.append(info.limitations().strip()).append("\n\n");
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
                .append("`datapackage.json` (Frictionless Data Package 2.0) and `croissant.json` (MLCommons Croissant 1.0) ")
                .append("describe every data file with its SHA-256; SHA256SUMS covers the charts too.\n\n");
        out.append("## License\n\n");
        out.append("- **The annotations** Quotable extracted (the quotes table except its `quote` text, the speakers table, ")
                .append("and the metadata, charts and this card) are licensed under ").append(info.license()).append(".\n");
        out.append("- **The article text** (`articles.text`, and the `quote` spans taken from it) is not covered by that licence: ")
                .append("it belongs to its publishers");
        var open = info.sources().stream().filter(s -> s.license() != null).toList();
        if (open.isEmpty()) out.append(" and is included for research on the annotations; check each publisher's terms before reuse.\n");
        else {
            out.append(". Where a source publishes under an open licence, its text is reused under that licence:\n");
            for (DatasetInfo.Source s : open) out.append("  - ").append(s.title()).append(": ").append(s.license()).append('\n');
            out.append("  Other sources' text remains under their publishers' copyright; check their terms before reuse.\n");
        }
        return out.toString();
    }

    /** The Hugging Face size category of a dataset with this many rows in its main table. */
    static String sizeCategory(long rows) {
        if (rows < 1_000) return "n<1K";
        String[] names = {"1K", "10K", "100K", "1M", "10M", "100M", "1B"};
        long bound = 1_000;
        for (int i = 0; i < names.length - 1; i++, bound *= 10)
            if (rows < bound * 10) return names[i] + "<n<" + names[i + 1];
        return "n>1B";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
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
