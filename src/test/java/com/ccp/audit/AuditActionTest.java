package com.ccp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditActionTest {

    @Test
    void theKnownActionsReadInWords() {
        assertThat(AuditAction.wordsOf("VOID_EXPORT")).isEqualTo("Export batch voided");
        assertThat(AuditAction.wordsOf("RESOLVE_ISSUE")).isEqualTo("Issue resolved");
        assertThat(AuditAction.wordsOf("IMPERSONATE_START")).isEqualTo("Started viewing as a user");
        assertThat(AuditAction.wordsOf("CLOSE")).isEqualTo("Closed permanently");
    }

    @Test
    void anyOtherCodeReadsInPlainWords() {
        assertThat(AuditAction.wordsOf("SOME_NEW_THING")).isEqualTo("Some new thing");
        assertThat(AuditAction.wordsOf("")).isEmpty();
    }
}
