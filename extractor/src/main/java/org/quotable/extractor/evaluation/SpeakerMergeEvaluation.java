package org.quotable.extractor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import org.quotable.extractor.identity.SpeakerMerger;
import org.quotable.schema.SpeakerType;

/**
 * Measures the speaker merging ({@link SpeakerMerger}) against gold annotations: precision and recall over pairs
 * of speaker names, each name taken once per article. Two gold layouts are read:
 * <ul>
 *   <li><b>with a gold identity</b> (fields {@code speaker} and {@code speaker_mention}, as in news-attribution):
 *       an item is a name mention in an article (a {@code speaker_mention} that holds the last word of the gold
 *       {@code speaker}, so pronouns and descriptions are left out), given to the merger with its type, role and
 *       date; two items are the same speaker when their gold {@code speaker}, the fullest name in its article,
 *       is the same after folding case and accents.</li>
 *   <li><b>without one</b> (field {@code speaker_kind}, as in PolNeAR, which has no coreference): an item is a
 *       proper {@code speaker} string in an article; two items are surely the same speaker when their strings are
 *       equal after folding, surely different when their last words differ; pairs that share a last word but not
 *       the string cannot be judged and are counted apart, not scored.</li>
 * </ul>
 */
public final class SpeakerMergeEvaluation {
    private SpeakerMergeEvaluation() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The scores on one gold file.
     *
     * @param items       name mentions scored (distinct per article)
     * @param goldSame    judged pairs that are the same speaker
     * @param judged      pairs judged (same or different)
     * @param unjudged    pairs that could not be judged (no gold identity for them)
     * @param truePairs   judged-same pairs the merger put together
     * @param mergedPairs judged pairs the merger put together
     * @param speakers    distinct speakers the merger made of the items
     */
    public record Result(String layout, int items, long goldSame, long judged, long unjudged, long truePairs,
                         long mergedPairs, int speakers) {
        public double precision() { return mergedPairs == 0 ? 1 : (double) truePairs / mergedPairs; }
        public double recall() { return goldSame == 0 ? 1 : (double) truePairs / goldSame; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        public String summary() {
            return String.format(Locale.ROOT, "%s: %d name mentions, %d speakers after merging; %d pairs judged (%d the same speaker), %d not judged%n"
                    + "  pair precision %.3f, recall %.3f, F1 %.3f%n", layout, items, speakers, judged, goldSame, unjudged,
                    precision(), recall(), f1());
        }
    }

    private record Item(String article, String name, @Nullable String gold) {}

    /** Scores the merging on a {@code gold.jsonl}. */
    public static Result evaluate(Path gold) throws IOException {
        var items = new LinkedHashMap<String, Item>();
        var merger = new SpeakerMerger();
        boolean identity = false;
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode g = JSON.readTree(line);
                String article = g.path("article_id").asText();
                if (g.has("speaker_mention")) {
                    identity = true;
                    String speaker = text(g, "speaker"), mention = text(g, "speaker_mention");
                    if (speaker == null || mention == null || !holdsLastWord(mention, speaker)) continue;
                    SpeakerType type = "organization".equals(text(g, "speaker_type")) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
                    String date = text(g, "date");
                    merger.add(article, mention, type, text(g, "role"), date == null ? null : LocalDate.parse(date));
                    items.putIfAbsent(article + "\u0000" + mention + "\u0000" + type, new Item(article, mention, fold(speaker)));
                } else {
                    String speaker = text(g, "speaker");
                    if (speaker == null || !"proper".equals(text(g, "speaker_kind"))) continue;
                    merger.add(article, speaker, SpeakerType.PERSON, null, null);
                    items.putIfAbsent(article + "\u0000" + speaker + "\u0000" + SpeakerType.PERSON, new Item(article, speaker, null));
                }
            }
        }
        SpeakerMerger.Directory directory = merger.resolve();
        List<Item> list = new ArrayList<>(items.values());
        var ids = new ArrayList<String>();
        for (var e : items.entrySet()) {
            String[] key = e.getKey().split("\u0000");
            ids.add(directory.idOf(key[0], key[1], SpeakerType.valueOf(key[2])));
        }
        long goldSame = 0, judged = 0, unjudged = 0, truePairs = 0, merged = 0;
        for (int i = 0; i < list.size(); i++)
            for (int j = i + 1; j < list.size(); j++) {
                Boolean same = identity ? (Boolean) list.get(i).gold().equals(list.get(j).gold()) : judge(list.get(i).name(), list.get(j).name());
                if (same == null) {
                    unjudged++;
                    continue;
                }
                judged++;
                boolean together = ids.get(i).equals(ids.get(j));
                if (same) goldSame++;
                if (together) merged++;
                if (same && together) truePairs++;
            }
        return new Result(identity ? "gold identity (speaker)" : "no gold identity (speaker strings)", list.size(), goldSame,
                judged, unjudged, truePairs, merged, directory.rows().size());
    }

    /** Without coreference: same when the folded strings are equal, different when the last words differ. */
    private static @Nullable Boolean judge(String a, String b) {
        String fa = fold(a), fb = fold(b);
        if (fa.equals(fb)) return true;
        return lastWord(fa).equals(lastWord(fb)) ? null : false;
    }

    private static boolean holdsLastWord(String mention, String speaker) {
        String last = lastWord(fold(speaker).replaceAll("\\b(jr|sr|ii|iii|iv)\\.?$", "").strip());
        for (String word : fold(mention).split("\\s+")) if (word.equals(last)) return true;
        return false;
    }

    private static String lastWord(String folded) {
        String[] words = folded.split("\\s+");
        return words[words.length - 1];
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{Nd} ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    /** All results, for several gold files. */
    public static Map<Path, Result> evaluate(List<Path> golds) throws IOException {
        var results = new LinkedHashMap<Path, Result>();
        for (Path gold : golds) results.put(gold, evaluate(gold));
        return results;
    }
}
