package org.quotable.extractor.reported;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.jspecify.annotations.Nullable;

/**
 * Whether a word that could be a reporting verb is one in its sentence, by OpenNLP's English part-of-speech model
 * (UD EWT, from {@code opennlp-models-pos-en}): {@code plans} in {@code They made plans to leave} is a noun, in
 * {@code She plans to leave} a verb. The model is loaded once per JVM, on first use; each article gets its own
 * tagger (a {@link POSTaggerME} is not thread-safe), made only when a word needs it. Only a window of words around
 * the word in question is tagged: the model's features reach two words either side, and tagging whole sentences
 * would cost more than the rest of the stage.
 */
final class PartOfSpeech {
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    /** Words tagged before and after the word in question. */
    private static final int BEFORE = 3, AFTER = 2;
    /** Universal tags of words that are no verb. */
    private static final Set<String> NOT_VERBS = Set.of("NOUN", "PROPN", "NUM");

    private @Nullable POSTaggerME tagger;

    /** The model, read from the class path the first time a tagger needs it. */
    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null)
                    throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL_RESOURCE
                            + " is not on the class path; add org.apache.opennlp:opennlp-models-pos-en");
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read OpenNLP part-of-speech model " + MODEL_RESOURCE, e);
            }
        }
    }

    /**
     * Whether {@code words[j]}, a form a reporting verb can take, is a noun or a name in its sentence
     * ({@code the attacks that …}, {@code late-night calls came in}) rather than a verb.
     */
    boolean noun(List<Word> words, int j) {
        int from = Math.max(0, j - BEFORE), to = Math.min(words.size(), j + AFTER + 1);
        var tokens = new String[to - from];
        for (int k = from; k < to; k++) tokens[k - from] = words.get(k).text();
        if (tagger == null) tagger = new POSTaggerME(Model.INSTANCE);
        String tag = tagger.tag(tokens)[j - from];
        return NOT_VERBS.contains(tag.toUpperCase(Locale.ROOT));
    }
}
