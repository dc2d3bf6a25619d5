package org.quotable.spark.job;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.identity.SpeakerMerger;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.SpeakerRecord;
import org.quotable.schema.SpeakerType;
import org.quotable.schema.Vocabulary;
import org.quotable.spark.internal.WireRows;

/**
 * The dataset-level speaker pass of {@code quotable build} on Spark: a quote's {@code speaker_id} depends on every
 * article (a surname alone joins the one full name of that surname anywhere), so the driver streams each kept
 * quote's attribution (article, speaker, type, role, date; a few dozen bytes) in input order into the same
 * {@link SpeakerMerger} the CLI uses, resolves it, and broadcasts the id of each speaker of each article; the
 * executors then link the quotes as they are written. The speakers table is the merger's rows.
 */
final class SpeakerIds implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ORGANIZATION = SpeakerType.ORGANIZATION.label();

    private final Broadcast<Map<String, String>> ids;
    private final transient List<Row> rows;
    private final int speakerIdColumn, articleIdColumn, speakerColumn, typeColumn;

    private SpeakerIds(Broadcast<Map<String, String>> ids, List<Row> rows) {
        this.ids = ids;
        this.rows = rows;
        var names = QuotableSchema.QUOTES.columnNames();
        speakerIdColumn = names.indexOf("speaker_id");
        articleIdColumn = names.indexOf("article_id");
        speakerColumn = names.indexOf("speaker");
        typeColumn = names.indexOf("speaker_type");
    }

    /**
     * Runs the merger over the quotes (wire rows, in input order) and shares its ids with the executors. The driver
     * merges one batch of partitions (one per core of the cluster) while the executors fetch the next, so neither
     * waits for the other as they did with one small job per partition.
     */
    static SpeakerIds of(JavaSparkContext context, Dataset<Row> quotes) {
        var merger = new SpeakerMerger();
        var keys = new LinkedHashSet<List<@Nullable String>>();
        // One packed array a partition: compact on the wire and cheap to serialize, unlike a row object a quote.
        JavaRDD<byte[]> attributions = quotes.where(col("speaker").isNotNull())
                .select("article_id", "speaker", "speaker_type", "role", "date").javaRDD()
                .mapPartitions(rows -> List.of(pack(rows)).iterator());
        int partitions = attributions.getNumPartitions(), batch = Math.max(1, context.defaultParallelism());
        ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "quotable-speaker-fetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<byte[]>[]> next = fetcher.submit(() -> fetch(attributions, 0, Math.min(batch, partitions)));
            for (int start = 0; start < partitions; start += batch) {
                List<byte[]>[] fetched = next.get();
                int from = start + batch;
                if (from < partitions) next = fetcher.submit(() -> fetch(attributions, from, Math.min(from + batch, partitions)));
                for (List<byte[]> partition : fetched)
                    for (byte[] packed : partition) {
                        var in = new DataInputStream(new ByteArrayInputStream(packed));
                        while (in.readBoolean()) {
                            String articleId = readString(in), speaker = readString(in), type = readString(in),
                                    role = readString(in);
                            int day = in.readInt();
                            boolean dated = in.readBoolean();
                            merger.add(articleId, speaker, type == null ? null : Vocabulary.fromLabel(SpeakerType.class, type),
                                    role, dated ? LocalDate.ofEpochDay(day) : null);
                            keys.add(java.util.Arrays.asList(articleId, speaker, type));
                        }
                    }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the quotes' speakers", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("a packed partition of attributions is cut short", e);
        } finally {
            fetcher.shutdownNow();
        }
        SpeakerMerger.Directory directory = merger.resolve();
        var ids = new HashMap<String, String>();
        for (List<@Nullable String> k : keys) {
            String type = k.get(2);
            String id = directory.idOf(k.get(0), k.get(1), type == null ? null : Vocabulary.fromLabel(SpeakerType.class, type));
            if (id != null) ids.put(key(k.get(0), k.get(1), type), id);
        }
        var rows = new ArrayList<Row>();
        for (SpeakerRecord speaker : directory.rows()) rows.add(WireRows.row(QuotableSchema.SPEAKERS, speaker));
        return new SpeakerIds(context.broadcast(ids), rows);
    }

    /** Partitions {@code [from, to)} of the packed attributions, fetched by one Spark job that runs them in parallel. */
    private static List<byte[]>[] fetch(JavaRDD<byte[]> packed, int from, int to) {
        return packed.collectPartitions(java.util.stream.IntStream.range(from, to).toArray());
    }

    /**
     * A partition's attributions (article id, speaker, type, role, date as epoch day) with a speaker that is not
     * blank, each after a {@code true}, then {@code false}.
     */
    private static byte[] pack(Iterator<Row> rows) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        while (rows.hasNext()) {
            Row r = rows.next();
            String speaker = r.getString(1);
            if (speaker == null || speaker.isBlank()) continue;
            out.writeBoolean(true);
            writeString(out, r.getString(0));
            writeString(out, speaker);
            writeString(out, r.getString(2));
            writeString(out, r.getString(3));
            out.writeInt(r.isNullAt(4) ? 0 : r.getInt(4));
            out.writeBoolean(!r.isNullAt(4));
        }
        out.writeBoolean(false);
        out.flush();
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static @Nullable String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) return null;
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The speakers table, as wire rows; on the driver only. */
    List<Row> rows() { return rows; }

    /** The quotes (wire rows, maybe with a partition column after them) with their speaker ids set. */
    Iterator<Row> link(Iterator<Row> quotes) {
        Map<String, String> known = ids.value();
        return new Iterator<>() {
            @Override public boolean hasNext() { return quotes.hasNext(); }

            @Override public Row next() {
                Row quote = quotes.next();
                Object[] values = new Object[quote.length()];
                for (int i = 0; i < values.length; i++) values[i] = quote.get(i);
                String speaker = quote.getString(speakerColumn);
                values[speakerIdColumn] = speaker == null || speaker.isBlank() ? null
                        : known.get(key(quote.getString(articleIdColumn), speaker, quote.getString(typeColumn)));
                return RowFactory.create(values);
            }
        };
    }

    /** Organizations are told apart from people, as the merger does; other types share a key. */
    private static String key(String articleId, String speaker, @Nullable String type) {
        return articleId + '\u0000' + speaker + '\u0000' + ORGANIZATION.equals(type);
    }
}
