package org.quotable.exporter.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.quotable.exporter.format.Format;
import org.quotable.schema.Column;
import org.quotable.schema.ColumnType;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.Table;

/**
 * Builds a release's {@code datapackage.json}: a Frictionless Data Package v2.0 with one {@code type: table}
 * resource per data file (path, format, mediatype, encoding, bytes, sha256 hash), a Table Schema derived from the
 * schema module with the primary key and the foreign keys ({@code quotes.article_id → articles},
 * {@code quotes.speaker_id → speakers}) between the resources of the same format, and the dataset's licences,
 * sources and contributors.
 */
final class DataPackage {
    private DataPackage() {}

    static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    static final String TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json";
    static final String TABLE_DIALECT = "https://datapackage.org/profiles/2.0/tabledialect.json";

    static Map<String, Object> of(DatasetInfo info, SchemaVersion version, String toolVersion, Instant created,
                                  Path folder, Map<String, String> hashes) throws IOException {
        var root = new LinkedHashMap<String, Object>();
        root.put("$schema", PROFILE);
        root.put("name", info.name());
        root.put("id", id(info, version));
        root.put("title", info.title());
        root.put("description", info.description());
        if (info.homepage() != null) root.put("homepage", info.homepage());
        root.put("version", version.toString());
        root.put("created", created.toString());
        root.put("licenses", List.of(license(info)));
        var sources = new ArrayList<Map<String, Object>>();
        for (DatasetInfo.Source s : info.sources()) {
            var source = new LinkedHashMap<String, Object>();
            source.put("title", s.license() == null ? s.title() : s.title() + " (licence: " + s.license() + ")");
            if (s.url() != null) source.put("path", s.url());
            sources.add(source);
        }
        root.put("sources", sources);
        var contributors = new ArrayList<Map<String, Object>>();
        for (String creator : info.creators()) {
            var contributor = new LinkedHashMap<String, Object>();
            contributor.put("title", creator);
            contributor.put("roles", List.of("creator"));
            contributors.add(contributor);
        }
        root.put("contributors", contributors);
        root.put("keywords", List.of("quotations", "news", "nlp"));
        var resources = new ArrayList<Object>();
        for (Table<?> table : QuotableSchema.TABLES)
            for (Format format : List.of(Format.PARQUET, Format.CSV, Format.JSONL))
                resources.add(resource(table, format, folder, hashes));
        root.put("resources", resources);
        var quotable = new LinkedHashMap<String, Object>();
        quotable.put("schemaVersion", QuotableSchema.VERSION.toString());
        quotable.put("toolVersion", toolVersion);
        root.put("quotable", quotable);
        return root;
    }

    /** A stable, globally unique id of this version of the dataset: a name-based UUID of its name and version. */
    static String id(DatasetInfo info, SchemaVersion version) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("quotable:" + info.name() + ":" + version).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> license(DatasetInfo info) {
        String spdx = info.license();
        var license = new LinkedHashMap<String, Object>();
        license.put("name", spdx);
        license.put("path", "https://spdx.org/licenses/" + spdx + ".html");
        license.put("title", spdx + " (the extracted annotations; the article text remains its publishers')");
        return license;
    }

    static String resourceName(Table<?> table, Format format) {
        return table.name() + "-" + format.extension();
    }

    private static Map<String, Object> resource(Table<?> table, Format format, Path folder, Map<String, String> hashes) throws IOException {
        String file = format.fileName(table);
        var resource = new LinkedHashMap<String, Object>();
        resource.put("name", resourceName(table, format));
        resource.put("type", "table");
        resource.put("path", file);
        resource.put("title", table.name() + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
        resource.put("description", table.description());
        resource.put("format", format.extension());
        resource.put("mediatype", format.mediaType());
        resource.put("encoding", "utf-8");
        resource.put("bytes", Files.size(folder.resolve(file)));
        resource.put("hash", "sha256:" + hashes.get(file));
        if (format == Format.CSV) {
            var dialect = new LinkedHashMap<String, Object>();
            dialect.put("$schema", TABLE_DIALECT);
            dialect.put("header", true);
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            resource.put("dialect", dialect);
        }
        resource.put("schema", schema(table, format));
        return resource;
    }

    private static Map<String, Object> schema(Table<?> table, Format format) {
        var fields = new ArrayList<Object>();
        for (Column<?> column : table.columns()) {
            var field = new LinkedHashMap<String, Object>();
            field.put("name", column.name());
            field.put("type", column.type().tableSchemaType());
            if (column.type() == ColumnType.DATE) field.put("format", "default");
            field.put("description", column.description());
            var constraints = new LinkedHashMap<String, Object>();
            if (!column.nullable()) constraints.put("required", true);
            if (!column.allowedValues().isEmpty()) constraints.put("enum", column.allowedValues());
            if (table.primaryKey().equals(List.of(column.name()))) constraints.put("unique", true);
            if (!constraints.isEmpty()) field.put("constraints", constraints);
            fields.add(field);
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("$schema", TABLE_SCHEMA);
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", table.primaryKey());
        var keys = new ArrayList<Object>();
        for (Table.ForeignKey key : table.foreignKeys()) {
            var reference = new LinkedHashMap<String, Object>();
            Table<?> target = QuotableSchema.TABLES.stream().filter(t -> t.name().equals(key.referencedTable())).findFirst().orElseThrow();
            reference.put("resource", resourceName(target, format));
            reference.put("fields", List.of(key.referencedColumn()));
            var foreignKey = new LinkedHashMap<String, Object>();
            foreignKey.put("fields", List.of(key.column()));
            foreignKey.put("reference", reference);
            keys.add(foreignKey);
        }
        if (!keys.isEmpty()) schema.put("foreignKeys", keys);
        return schema;
    }
}
