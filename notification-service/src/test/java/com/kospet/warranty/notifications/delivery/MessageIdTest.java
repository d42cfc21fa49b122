package com.kospet.warranty.notifications.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdTest {

    private static final String KEY = "0b6c1f2e-9d7a-4c1e-8f00-2a1b3c4d5e6f:claim-submitted";

    @Test
    void everyAttemptOfAMailCarriesTheSameMessageId() {
        assertThat(MessageId.of(KEY, "warranty.kospet.com")).isEqualTo(MessageId.of(KEY, "warranty.kospet.com"));
    }

    @Test
    void differentMailsCarryDifferentMessageIds() {
        assertThat(MessageId.of(KEY, "warranty.kospet.com"))
                .isNotEqualTo(MessageId.of(KEY.replace("claim-submitted", "claim-confirmed"), "warranty.kospet.com"));
    }

    @Test
    void theMessageIdIsAnAngleBracketedIdAtTheConfiguredDomainWithoutTheKeysColon() {
        assertThat(MessageId.of(KEY, "warranty.kospet.com").value()).matches("<[0-9a-f-]{36}@warranty\\.kospet\\.com>");
    }
}
