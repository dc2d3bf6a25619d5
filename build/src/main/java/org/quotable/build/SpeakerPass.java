package org.quotable.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.extractor.identity.SpeakerMerger;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SpeakerRecord;

/**
 * The build's dataset-level step after extraction: a quote's {@code speaker_id} depends on every article of the
 * dataset (a surname alone joins the one full name of that surname anywhere), so quotes are held back in a
 * temporary file, in {@link CachedQuotes}' binary form (no JSON to parse again), while {@link SpeakerMerger} sees
 * them, then written linked, followed by the speakers table. Memory stays flat: the quotes wait on disk. Not thread-safe.
 */
final class SpeakerPass implements AutoCloseable {
    private final SpeakerMerger merger = new SpeakerMerger();
    private final Path spool;
    private final DataOutputStream held;
    private final TailBuild.@Nullable Recorder recorder;
    private long quotes, entries;

    /** @param recorder told of every article's linked quotes and of the speakers, or null */
    SpeakerPass(TailBuild.@Nullable Recorder recorder) throws IOException {
        this.recorder = recorder;
        spool = Files.createTempFile("quotable-quotes-", ".quotes");
        held = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    /** Holds one article's extracted quotes back, in order, and records their speakers. */
    void add(List<QuoteRecord> articleQuotes) throws IOException {
        if (articleQuotes.isEmpty()) return;
        for (QuoteRecord quote : articleQuotes) merger.add(quote);
        byte[] bytes = CachedQuotes.encode(articleQuotes);
        held.writeInt(bytes.length);
        held.write(bytes);
        entries++;
        quotes += articleQuotes.size();
    }

    /** Writes every quote held, with its speaker id, then the speakers table; returns the number of speakers. */
    long writeInto(DatasetWriter out) throws IOException {
        held.close();
        SpeakerMerger.Directory speakers = merger.resolve();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            for (long i = 0; i < entries; i++) {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                List<QuoteRecord> linked = CachedQuotes.decode(bytes).stream().map(speakers::link).toList();
                for (QuoteRecord quote : linked) out.writeQuote(quote);
                if (recorder != null) recorder.quotes(linked);
            }
        } catch (EOFException e) {
            throw new IOException("cannot read back the quotes held in " + spool + ": the file ends early", e);
        }
        for (SpeakerRecord speaker : speakers.rows()) out.writeSpeaker(speaker);
        if (recorder != null) recorder.speakers(speakers.rows());
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
