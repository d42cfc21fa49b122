package com.kospet.warranty.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/** The claims service's own settings ({@code claims.*} in application.properties). */
@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

    /** The store's time zone: "today" for a request date is today there, and date deadlines end there. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Country (ISO 3166, as Jollyday knows it) whose public holidays are not working days; the same as policy-service's. */
    @WithDefault("US")
    String holidayCalendar();

    Outbox outbox();

    Idempotency idempotency();

    Expiry expiry();

    Export export();

    Jwt jwt();

    interface Outbox {
        /**
         * How often the relay looks for unpublished events although no commit woke it: the safety net for a lost
         * wake-up, and the pace of retries after a failure.
         */
        @WithDefault("5s")
        Duration pollInterval();

        /** At most this many events per relay pass. */
        @WithDefault("100")
        int batchSize();

        /** How long one round of publishes may take before the pass gives up and retries later. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Back-off after a failed pass; doubled per consecutive failure up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }

    interface Idempotency {
        /** How long an Idempotency-Key is remembered; a retry after that is a new request. */
        @WithDefault("24h")
        Duration retention();

        /** How often the job forgets expired keys; an expired key is a new request even before it is purged. */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    interface Expiry {
        /** How often the job looks for claims whose ship-back deadline passed. */
        @WithDefault("10m")
        Duration interval();
    }

    interface Export {
        /** The most claims one CSV export holds; the Link header of a full one asks for the next. */
        @WithDefault("10000")
        int maxRows();
    }

    interface Jwt {
        /**
         * At most this many characters of verified bearer tokens are kept, each until its {@code exp}, so a token sent
         * again is not verified again; 0 verifies every request's token.
         */
        @WithDefault("2000000")
        long verifiedCacheChars();
    }
}
