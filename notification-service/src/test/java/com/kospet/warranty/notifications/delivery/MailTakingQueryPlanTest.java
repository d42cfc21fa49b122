package com.kospet.warranty.notifications.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking the due mails runs one of two queries on every pass and for every recorded event: each must be planned once
 * and found again in Hibernate's plan cache, not planned anew per call (which held one more plan per call, up to the
 * cache's 2,048, each call comparing its key with all of them).
 */
@QuarkusTest
class MailTakingQueryPlanTest {

    @Inject
    MailSender sender;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theTwoQueriesThatTakeDueMailsArePlannedOnceWhateverHowOftenTheyRun() {
        takeBoth();
        int before = cachedPlans();

        for (int pass = 0; pass < 50; pass++) {
            takeBoth();
        }

        // The same two plans serve every pass: at most a few others (a scheduled job's first query) join meanwhile,
        // far fewer than the 100 a plan per call would add.
        assertThat(cachedPlans()).as("query plans cached after 50 more passes of both").isLessThan(before + 10);
    }

    private void takeBoth() {
        // Nothing is due in a fresh schema but the queries run (and are planned) all the same; the scheduled poll may
        // take mails in between, with the same plans.
        QuarkusTransaction.requiringNew().call(() -> sender.take(MailSender.DUE, 10));
        QuarkusTransaction.requiringNew().call(() -> sender.take(MailSender.DUE_OF_CLAIM, UUID.randomUUID()));
    }

    private int cachedPlans() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
