package org.quotable.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.format.JsonlTableReader;
import org.quotable.exporter.format.JsonlTableWriter;
import org.quotable.extractor.identity.SpeakerMerger;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;

/**
 * The build's dataset-level step after extraction: a quote's {@code speaker_id} depends on every article of the
 * dataset (a surname alone joins the one full name of that surname anywhere), so quotes are held back in a
 * temporary JSON Lines file while {@link SpeakerMerger} sees them, then written linked, followed by the speakers
 * table. Memory stays flat: the quotes wait on disk. Not thread-safe.
 */
final class SpeakerPass implements AutoCloseable {
    private final SpeakerMerger merger = new SpeakerMerger();
    private final Path spool;
    private final JsonlTableWriter<QuoteRecord> held;
    private long quotes;

    SpeakerPass() throws IOException {
        spool = Files.createTempFile("quotable-quotes-", ".jsonl");
        held = JsonlTableWriter.open(QuotableSchema.QUOTES, spool);
    }

    /** Holds one extracted quote back and records its speaker. */
    void add(QuoteRecord quote) throws IOException {
        merger.add(quote);
        held.write(quote);
        quotes++;
    }

    /** Writes every quote held, with its speaker id, then the speakers table; returns the number of speakers. */
    long writeInto(DatasetWriter out) throws IOException {
        held.close();
        SpeakerMerger.Directory speakers = merger.resolve();
        try (var in = JsonlTableReader.open(QuotableSchema.QUOTES, spool)) {
            for (QuoteRecord quote : (Iterable<QuoteRecord>) in.records()::iterator) out.writeQuote(speakers.link(quote));
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read back the quotes held in " + spool + ": " + e.getCause().getMessage(), e.getCause());
        }
        for (SpeakerRecord speaker : speakers.rows()) out.writeSpeaker(speaker);
        return speakers.rows().size();
    }

    /** Quotes held so far. */
    long quotes() { return quotes; }

    /** Deletes the temporary file. */
    @Override public void close() throws IOException {
        try {
            held.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
