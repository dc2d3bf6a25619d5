package org.quotable.exporter.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotable.exporter.format.Format;
import org.quotable.schema.Column;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.Table;

/**
 * Builds a release's {@code croissant.json}: MLCommons Croissant 1.0 JSON-LD (the spec's Appendix 1 context) with
 * the required dataset properties (name, description, license, url, creator, datePublished), one
 * {@code cr:FileObject} per data file (contentUrl, encodingFormat as the reference reader mlcroissant accepts it,
 * sha256, contentSize) and one {@code cr:RecordSet} per table whose fields are read from the Parquet file.
 */
final class Croissant {
    private Croissant() {}

    static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.0";
    /** The media type mlcroissant's {@code EncodingFormat.PARQUET} expects (not IANA's newer application/vnd.apache.parquet). */
    static final String PARQUET = "application/x-parquet";
    /** mlcroissant's {@code EncodingFormat.JSON_LINES}. */
    static final String JSON_LINES = "application/jsonlines";

    static Map<String, Object> of(DatasetInfo info, SchemaVersion version, Instant created, Path folder,
                                  Map<String, String> hashes) throws IOException {
        var root = new LinkedHashMap<String, Object>();
        root.put("@context", context());
        root.put("@type", "sc:Dataset");
        root.put("name", info.name());
        root.put("alternateName", info.title());
        root.put("description", info.description());
        root.put("conformsTo", CONFORMS_TO);
        root.put("license", "https://spdx.org/licenses/" + info.license() + ".html");
        root.put("url", info.homepage() != null ? info.homepage() : DataPackage.id(info, version));
        root.put("creator", info.creators().stream().map(name -> Map.of(
                "@type", name.equals(DatasetInfo.DEFAULT_CREATOR) ? "sc:Organization" : "sc:Person", "name", name)).toList());
        root.put("datePublished", created.atZone(ZoneOffset.UTC).toLocalDate().toString());
        root.put("version", version.toString());
        root.put("inLanguage", info.languages());
        root.put("keywords", List.of("quotations", "news", "nlp"));
        if (!info.sources().isEmpty()) {
            root.put("isBasedOn", info.sources().stream().map(s -> s.url() != null ? s.url() : s.title()).toList());
            root.put("citeAs", info.title() + ", version " + version + ". Quotations extracted by Quotable from "
                    + String.join("; ", info.sources().stream().map(DatasetInfo.Source::title).toList()) + ".");
        }
        var distribution = new ArrayList<Object>();
        for (Table<?> table : QuotableSchema.TABLES)
            for (Format format : List.of(Format.PARQUET, Format.CSV, Format.JSONL)) {
                String file = format.fileName(table);
                var object = new LinkedHashMap<String, Object>();
                object.put("@type", "cr:FileObject");
                object.put("@id", file);
                object.put("name", file);
                object.put("description", table.description());
                object.put("contentUrl", file);
                object.put("contentSize", Files.size(folder.resolve(file)) + " B");
                object.put("encodingFormat", encodingFormat(format));
                object.put("sha256", hashes.get(file));
                distribution.add(object);
            }
        root.put("distribution", distribution);
        var recordSets = new ArrayList<Object>();
        for (Table<?> table : QuotableSchema.TABLES) recordSets.add(recordSet(table));
        root.put("recordSet", recordSets);
        return root;
    }

    static String encodingFormat(Format format) {
        return switch (format) {
            case PARQUET -> PARQUET;
            case JSONL -> JSON_LINES;
            case CSV -> "text/csv";
        };
    }

    private static Map<String, Object> recordSet(Table<?> table) {
        var set = new LinkedHashMap<String, Object>();
        set.put("@type", "cr:RecordSet");
        set.put("@id", table.name());
        set.put("name", table.name());
        set.put("description", table.description());
        set.put("key", table.primaryKey().stream().map(k -> Map.of("@id", table.name() + "/" + k)).toList());
        var fields = new ArrayList<Object>();
        for (Column<?> column : table.columns()) {
            var field = new LinkedHashMap<String, Object>();
            field.put("@type", "cr:Field");
            field.put("@id", table.name() + "/" + column.name());
            field.put("name", column.name());
            field.put("description", column.description());
            field.put("dataType", switch (column.type()) {
                case STRING -> "sc:Text";
                case INT32 -> "sc:Integer";
                case DOUBLE -> "sc:Float";
                case DATE -> "sc:Date";
            });
            var source = new LinkedHashMap<String, Object>();
            source.put("fileObject", Map.of("@id", Format.PARQUET.fileName(table)));
            source.put("extract", Map.of("column", column.name()));
            field.put("source", source);
            for (Table.ForeignKey key : table.foreignKeys())
                if (key.column().equals(column.name()))
                    field.put("references", Map.of("field", Map.of("@id", key.referencedTable() + "/" + key.referencedColumn())));
            fields.add(field);
        }
        set.put("field", fields);
        return set;
    }

    private static Map<String, Object> context() {
        var c = new LinkedHashMap<String, Object>();
        c.put("@language", "en");
        c.put("@vocab", "https://schema.org/");
        c.put("citeAs", "cr:citeAs");
        c.put("column", "cr:column");
        c.put("conformsTo", "dct:conformsTo");
        c.put("cr", "http://mlcommons.org/croissant/");
        c.put("rai", "http://mlcommons.org/croissant/RAI/");
        c.put("data", Map.of("@id", "cr:data", "@type", "@json"));
        c.put("dataType", Map.of("@id", "cr:dataType", "@type", "@vocab"));
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("examples", Map.of("@id", "cr:examples", "@type", "@json"));
        c.put("extract", "cr:extract");
        c.put("field", "cr:field");
        c.put("fileProperty", "cr:fileProperty");
        c.put("fileObject", "cr:fileObject");
        c.put("fileSet", "cr:fileSet");
        c.put("format", "cr:format");
        c.put("includes", "cr:includes");
        c.put("isLiveDataset", "cr:isLiveDataset");
        c.put("jsonPath", "cr:jsonPath");
        c.put("key", "cr:key");
        c.put("md5", "cr:md5");
        c.put("parentField", "cr:parentField");
        c.put("path", "cr:path");
        c.put("recordSet", "cr:recordSet");
        c.put("references", "cr:references");
        c.put("regex", "cr:regex");
        c.put("repeated", "cr:repeated");
        c.put("replace", "cr:replace");
        c.put("sc", "https://schema.org/");
        c.put("separator", "cr:separator");
        c.put("source", "cr:source");
        c.put("subField", "cr:subField");
        c.put("transform", "cr:transform");
        return c;
    }
}
