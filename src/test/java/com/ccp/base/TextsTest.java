package com.ccp.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aCountTakesTheSingularOnlyForOne() {
        assertThat(Texts.count(1, "file")).isEqualTo("1 file");
        assertThat(Texts.count(0, "file")).isEqualTo("0 files");
        assertThat(Texts.count(2, "record")).isEqualTo("2 records");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(Texts.truncate("abcdef", 4)).isEqualTo("abc…");
        assertThat(Texts.truncate("abc", 4)).isEqualTo("abc");
    }
}
