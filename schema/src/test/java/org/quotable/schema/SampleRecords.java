package org.quotable.schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Hand-written sample articles and quotes with awkward values, shared by every module's tests through the schema
 * test-jar: commas, double quotes, newlines, emoji outside the Basic Multilingual Plane, right-to-left text, empty
 * strings next to nulls, and dates before 1970. Every quote's offsets give back its text from its article.
 */
public final class SampleRecords {
    private SampleRecords() {}

    /** Text of the first article: quotes with commas, double quotes, a newline, emoji and Hebrew. */
    public static final String TEXT_1 = "Talks resumed in Geneva, officials said.\n\n"
            + "\"We are ready, \"truly\" ready,\" Zelensky said on July 21, 1969.\n\n"
            + "A note read: \"line one\nline two 😀 שלום עולם\" and nothing more.";

    /** Text of the second article: Arabic, and an emoji before the quote so code points and chars differ. */
    public static final String TEXT_2 = "🕊️ السلام\n\n"
            + "The ministry said the talks were \"مرحبا بالسلام\", a spokesperson told reporters.";

    public static final ArticleRecord ARTICLE_1 = new ArticleRecord("a1", "https://example.org/news?id=1,2&q=\"x\"",
            "Talks, \"peace\" and more", "الجزيرة", LocalDate.of(1969, 7, 20), "en", TEXT_1,
            Digests.sha256Hex(TEXT_1), "articles/a1.txt", SourceFormat.TEXT);

    public static final ArticleRecord ARTICLE_2 = new ArticleRecord("a2-😀", null, null, "", null, null, TEXT_2,
            Digests.sha256Hex(TEXT_2), "articles/a 2,with comma.html", SourceFormat.HTML);

    public static final QuoteRecord QUOTE_1 = quote(ARTICLE_1, "We are ready, \"truly\" ready,", QuoteType.DIRECT,
            "Volodymyr Zelensky", "Zelensky", SpeakerType.PERSON, "President of Ukraine", "said",
            LocalDate.of(1969, 7, 21), DateBasis.EXPLICIT, 1, 0.875);

    public static final QuoteRecord QUOTE_2 = quote(ARTICLE_1, "line one\nline two 😀 שלום עולם", QuoteType.DIRECT,
            null, null, null, null, null, null, DateBasis.UNKNOWN, 2, 0.0);

    public static final QuoteRecord QUOTE_3 = quote(ARTICLE_2, "مرحبا بالسلام", QuoteType.PARTIAL,
            "", "", SpeakerType.ORGANIZATION, "", "told reporters", LocalDate.of(1900, 1, 1), DateBasis.PUBLISHED, 1, 1.0);

    /** The sample articles, in release order. */
    public static List<ArticleRecord> articles() { return List.of(ARTICLE_1, ARTICLE_2); }

    /** The sample quotes, in release order. */
    public static List<QuoteRecord> quotes() { return List.of(QUOTE_1, QUOTE_2, QUOTE_3); }

    /** The one attributed speaker of the samples, with a name variant, a role and a date. */
    public static final SpeakerRecord SPEAKER_1 = new SpeakerRecord(SpeakerRecord.idOf("person:volodymyr zelensky"),
            "Volodymyr Zelensky", List.of("Volodymyr Zelensky", "Zelensky"), SpeakerType.PERSON,
            List.of(new SpeakerRecord.RoleCount("President of Ukraine", 1)), 1, LocalDate.of(1969, 7, 21), LocalDate.of(1969, 7, 21));

    /** The sample speakers, in release order. */
    public static List<SpeakerRecord> speakers() { return List.of(SPEAKER_1); }

    /** The sample quotes linked to {@link #speakers()}: QUOTE_1 to SPEAKER_1. */
    public static List<QuoteRecord> linkedQuotes() {
        return List.of(QUOTE_1.withSpeakerId(SPEAKER_1.speakerId()), QUOTE_2, QUOTE_3);
    }

    /**
     * A quote whose offsets are found by searching {@code words} in the article's text, counted in code points.
     *
     * @throws IllegalArgumentException if the article does not contain the words
     */
    public static QuoteRecord quote(ArticleRecord article, String words, QuoteType type, String speaker,
                                    String mention, SpeakerType speakerType, String role, String cue, LocalDate date,
                                    DateBasis basis, int paragraph, double confidence) {
        String text = article.text();
        int index = text.indexOf(words);
        if (index < 0) throw new IllegalArgumentException("Article " + article.articleId() + " does not contain: " + words);
        int start = text.codePointCount(0, index);
        int end = start + words.codePointCount(0, words.length());
        return new QuoteRecord(QuoteRecord.idOf(article.articleId(), start, end), article.articleId(), words, type,
                speaker, mention, speakerType, role, cue, date, basis, paragraph, start, end, confidence);
    }

    /** A generated article with a plain ASCII text of about {@code textLength} characters holding one quote. */
    public static ArticleRecord generatedArticle(int n, int textLength) {
        String quote = "Statement number " + n + ", with a comma";
        var text = new StringBuilder("Article ").append(n).append(" says \"").append(quote).append("\" today.");
        while (text.length() < textLength) text.append(" Filler sentence ").append(n).append('.');
        String body = text.toString();
        return new ArticleRecord("gen-%07d".formatted(n), "https://example.org/" + n, "Title " + n, "Publisher",
                LocalDate.of(2025, 1, 1).plusDays(n % 365), "en", body, Digests.sha256Hex(body), "gen/" + n + ".txt",
                SourceFormat.TEXT);
    }

    /** The one quote inside {@link #generatedArticle(int, int)}. */
    public static QuoteRecord generatedQuote(ArticleRecord article, int n) {
        return quote(article, "Statement number " + n + ", with a comma", QuoteType.DIRECT,
                n % 3 == 0 ? null : "Speaker " + (n % 7), n % 3 == 0 ? null : "he",
                n % 3 == 0 ? null : SpeakerType.PERSON, null, "said",
                n % 5 == 0 ? null : LocalDate.of(2025, 1, 1), n % 5 == 0 ? DateBasis.UNKNOWN : DateBasis.EXPLICIT,
                0, (n % 100) / 100.0);
    }
}
