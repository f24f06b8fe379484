package com.ccp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionWordsTest {

    @Test
    void knownActionsReadAsWhatHappened() {
        assertThat(ActionWords.of("VOID_EXPORT")).isEqualTo("Export batch voided");
        assertThat(ActionWords.of("RESOLVE_ISSUE")).isEqualTo("Issue resolved");
        assertThat(ActionWords.of("IMPERSONATE_START")).isEqualTo("Started viewing as a user");
        assertThat(ActionWords.of("CLOSE")).isEqualTo("Closed permanently");
    }

    @Test
    void anUnknownActionStillReadsAsWordsNotAsACode() {
        assertThat(ActionWords.of("SOME_NEW_THING")).isEqualTo("Some new thing");
        assertThat(ActionWords.of("")).isEmpty();
    }
}
