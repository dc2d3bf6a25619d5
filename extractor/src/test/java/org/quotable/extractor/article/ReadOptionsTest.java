package org.quotable.extractor.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test void defaults() {
        assertThat(ReadOptions.DEFAULT.maxArticleChars()).isEqualTo(4_000_000);
        assertThat(ReadOptions.DEFAULT.maxInputBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(ReadOptions.DEFAULT.parseThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test void aVariantKeepsTheOtherValues() {
        ReadOptions small = ReadOptions.DEFAULT.toBuilder().maxArticleChars(1000).parseThreads(1).get();
        assertThat(small.maxArticleChars()).isEqualTo(1000);
        assertThat(small.maxInputBytes()).isEqualTo(ReadOptions.DEFAULT.maxInputBytes());
        assertThat(small.toString()).isEqualTo("ReadOptions[maxArticleChars=1000, maxInputBytes=67108864, parseThreads=1]");
    }

    @Test void limitsMustBePositive() {
        assertThatThrownBy(() -> ReadOptions.builder().maxArticleChars(0).get())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxArticleChars is 0; it must be at least 1");
        assertThatThrownBy(() -> ReadOptions.builder().maxInputBytes(-5).get())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInputBytes is -5; it must be at least 1");
        assertThatThrownBy(() -> ReadOptions.builder().parseThreads(0).get())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parseThreads is 0; it must be at least 1");
    }
}
