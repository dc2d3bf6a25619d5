package org.quotable.extractor.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An article's normalized text with its paragraphs and sentences. Immutable.
 *
 * <p>Paragraphs are separated by a blank line ({@code "\n\n"}); sentences never cross a paragraph boundary. All
 * indexes are Java string (UTF-16) indexes; {@link org.quotable.extractor.position} turns them into code points.
 */
public final class Document {
    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;

    /**
     * A document over {@code text} with the given sentences.
     *
     * @param sentences sentence spans in text order, each inside one paragraph
     */
    public Document(String text, List<Span> sentences) {
        this.text = requireNonNull(text, "text");
        this.paragraphs = paragraphsOf(text);
        this.sentences = List.copyOf(sentences);
    }

    /** The paragraphs of {@code text}: the stretches between blank lines. */
    public static List<Span> paragraphsOf(String text) {
        var spans = new ArrayList<Span>();
        int start = 0;
        while (start <= text.length()) {
            int next = text.indexOf("\n\n", start);
            int end = next < 0 ? text.length() : next;
            if (end > start) spans.add(new Span(start, end));
            if (next < 0) break;
            start = next + 2;
        }
        return Collections.unmodifiableList(spans);
    }

    /** The whole text. */
    public String text() { return text; }

    /** The paragraphs, in order. */
    public List<Span> paragraphs() { return paragraphs; }

    /** The sentences, in order. */
    public List<Span> sentences() { return sentences; }

    /** The text of a span. */
    public String text(Span span) { return text.substring(span.start(), span.end()); }

    /** The zero-based index of the paragraph holding {@code index}, or of the next one when it falls between two. */
    public int paragraphIndex(int index) {
        return indexOf(paragraphs, index);
    }

    /** The paragraph holding {@code index}. */
    public Span paragraphAt(int index) {
        return paragraphs.get(paragraphIndex(index));
    }

    /** The sentence holding {@code index}, or the next one when it falls between two. */
    public Span sentenceAt(int index) {
        if (sentences.isEmpty()) return paragraphAt(index);
        return sentences.get(indexOf(sentences, index));
    }

    private static int indexOf(List<Span> spans, int index) {
        int lo = 0, hi = spans.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= index) lo = mid + 1;
            else hi = mid;
        }
        return Math.max(0, lo);
    }
}
