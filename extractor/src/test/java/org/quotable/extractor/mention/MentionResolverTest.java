package org.quotable.extractor.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.TestArticles;
import org.quotable.extractor.pipeline.ExtractionState;
import org.quotable.extractor.pipeline.Pipeline;
import org.quotable.extractor.quote.QuoteFinder;
import org.quotable.extractor.speaker.Cast;
import org.quotable.extractor.text.TextAnalyzer;
import org.quotable.schema.SpeakerType;

class MentionResolverTest {
    private static final String TEXT = "Transport Minister Hanna Lorvik opened the bridge on Monday. Her deputy, Tomas Brel, "
            + "was not there.\n\nLorvik said the toll would fall. She thanked the Harbour Authority.\n\n"
            + "Later the minister defended the cost.";

    private static ExtractionState state() {
        return new Pipeline(TextAnalyzer.rules(), List.of(new QuoteFinder())).run(TestArticles.of(TEXT));
    }

    @Test void surnamesPronounsAndRolesResolveToTheFullNameWithItsRole() {
        ExtractionState state = state();
        MentionResolver resolver = MentionResolver.of(state);
        assertThat(resolver.resolve("Lorvik", TEXT.indexOf("Lorvik said"))).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("Hanna Lorvik");
            assertThat(r.role()).isEqualTo("Transport Minister");
            assertThat(r.type()).isEqualTo(SpeakerType.PERSON);
        });
        assertThat(resolver.resolve("She", TEXT.indexOf("She thanked"))).map(Resolved::name).hasValue("Hanna Lorvik");
        assertThat(resolver.resolve("the minister", TEXT.indexOf("the minister"))).map(Resolved::name).hasValue("Hanna Lorvik");
        assertThat(resolver.resolve("they", TEXT.length())).isEmpty();
    }

    @Test void theCastIsBuiltOncePerArticleAndShared() {
        ExtractionState state = state();
        assertThat(MentionResolver.of(state).cast()).isSameAs(Cast.of(state));
        assertThat(Cast.of(state.withCandidates(List.of()))).isSameAs(Cast.of(state));
    }
}
