package org.quotable.extractor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits sentences with OpenNLP's English sentence model (UD EWT, from {@code opennlp-models-sentdetect-en}), one
 * paragraph at a time. The model is loaded once, when the splitter is created; the splitter is immutable and
 * thread-safe (each call makes its own light-weight {@link SentenceDetectorME}).
 */
final class OpenNlpSentenceSplitter implements TextAnalyzer {
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";

    private final SentenceModel model;

    private OpenNlpSentenceSplitter(SentenceModel model) {
        this.model = model;
    }

    static OpenNlpSentenceSplitter load() {
        try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE
                        + " is not on the class path; add org.apache.opennlp:opennlp-models-sentdetect-en");
            return new OpenNlpSentenceSplitter(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP sentence model " + MODEL_RESOURCE, e);
        }
    }

    @Override public Document analyze(String text) {
        var detector = new SentenceDetectorME(model);
        var sentences = new ArrayList<Span>();
        for (Span paragraph : Document.paragraphsOf(text)) {
            String part = text.substring(paragraph.start(), paragraph.end());
            for (opennlp.tools.util.Span s : detector.sentPosDetect(part))
                sentences.add(new Span(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd()));
        }
        return new Document(text, sentences);
    }
}
