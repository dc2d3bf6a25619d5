package org.quotable.extractor.reported;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Whether a word that could be a reporting verb is one in its sentence, by OpenNLP's English part-of-speech model
 * (UD EWT, from {@code opennlp-models-pos-en}): {@code plans} in {@code They made plans to leave} is a noun, in
 * {@code She plans to leave} a verb. The model is loaded once per JVM, on first use. Only a window of words around
 * the word in question is tagged: the model's features reach two words either side, and tagging whole sentences
 * would cost more than the rest of the stage. One instance per article; not thread-safe.
 *
 * <p>A {@link POSTaggerME} is not thread-safe, and making one is dear (it parses the model's feature-generator XML
 * and builds the generators: about 12 % of an extraction with reported speech when it was made per article), so
 * each thread keeps one and reuses it for every article it extracts. Reuse cannot change a tag: the model's
 * generators are stateless but for caches keyed on the identity of the token array tagged, and every call tags a
 * new array. Within one article, the tags of a window already tagged are looked up, not tagged again.
 */
final class PartOfSpeech {
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    /** Words tagged before and after the word in question. */
    private static final int BEFORE = 3, AFTER = 2;
    /** Universal tags of words that are no verb. */
    private static final Set<String> NOT_VERBS = Set.of("NOUN", "PROPN", "NUM");

    /** Each extraction thread's tagger, made the first time the thread needs one. */
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Model.INSTANCE));

    /** The article's windows tagged so far (by their words), and their tags. */
    private final Map<List<String>, String[]> tagged = new HashMap<>();

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
        String[] tags = tagged.computeIfAbsent(Arrays.asList(tokens), window -> TAGGER.get().tag(tokens));
        String tag = tags[j - from];
        return NOT_VERBS.contains(tag.toUpperCase(Locale.ROOT));
    }
}
