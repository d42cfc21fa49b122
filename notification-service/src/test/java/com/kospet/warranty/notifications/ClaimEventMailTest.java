package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.TestTokens;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static com.kospet.warranty.notifications.TestEvents.awaitMailAbout;
import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ClaimEventMailTest {

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @Test
    void aSubmittedClaimSendsTheCustomerAnAcknowledgementOnce() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.missing.add(Requirement.MEDIA);
        ClaimEvent event = claim.event(ClaimEventType.SUBMITTED, clock.instant());

        publish(kafka.get(), event);

        List<MailCatcher.CaughtMail> mails = awaitMailsTo(claim.email, 1);
        assertThat(mails.get(0).subject()).isEqualTo("We received your request " + claim.reference());
        assertThat(mails.get(0).body()).contains("Hello Ada,", claim.orderNumber(), "TANK T3", "24 hours",
                "Return of a faulty item for a refund", "At least one video or picture that shows the problem");

        // Redelivery of the very same event (same id) sends nothing more.
        publish(kafka.get(), event);
        TestEvents.Claim later = new TestEvents.Claim();
        publish(kafka.get(), later.event(ClaimEventType.SUBMITTED, clock.instant()));
        awaitMailsTo(later.email, 1);
        assertThat(mailsTo(claim.email)).hasSize(1);

        given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claim.id)
                .then().statusCode(200)
                .body("findAll { it.kind == 'claim-submitted' }", hasSize(1))
                .body("find { it.kind == 'claim-submitted' }.status", equalTo("SENT"))
                .body("find { it.kind == 'claim-submitted' }.attempts", equalTo(1))
                .body("find { it.kind == 'claim-submitted' }.recipient", equalTo("c***@example.com"))
                .body("find { it.kind == 'unconfirmed-alert' }.status", equalTo("PENDING"));
    }

    @Test
    void aConfirmedClaimTellsTheCustomerInGermanWhatItCostsWhereToSendItByWhenAndHowToPrepareIt() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.locale = "de-DE";
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.AWAITING_RETURN;
        claim.money = new ClaimEventData.Figures(null, null, Money.of("25.00", "EUR"), Money.of("8.50", "EUR"));
        claim.deadlines = new ClaimEventData.Deadlines(null, LocalDate.of(2030, 3, 15), null, null, null, null);

        publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Ihre Anfrage " + claim.reference() + " ist bestätigt");
        assertThat(mail.body()).contains("Hallo Ada,", "WORRY FREE+ Ersatz", "Preisdifferenz: 25,00\u00a0€",
                "Versandkosten zu Ihren Lasten: 8,50\u00a0€", "KOSPET Returns Center", "Shenzhen 518000",
                "innerhalb von 7 Werktagen, bis 15. März 2030", "Sichern Sie Ihre Daten.",
                "Entnehmen Sie die SIM-Karte.", "Werkseinstellungen");
    }

    @Test
    void aPaymentDueMailNamesTheAmountTheDueDateAndHowToPay() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.PAYMENT_DUE;
        claim.money = new ClaimEventData.Figures(null, null, Money.of("19.90", "USD"), null);
        claim.deadlines = new ClaimEventData.Deadlines(null, null, LocalDate.of(2030, 3, 20), null, null, null);

        publish(kafka.get(), claim.event(ClaimEventType.PAYMENT_DUE, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Please pay the price difference for your request " + claim.reference());
        assertThat(mail.body()).contains("Amount: $19.90", "Due by: March 20, 2030",
                "Pay at https://www.kospet.com/pages/pay and quote your request number " + claim.reference());
    }

    @Test
    void aPaymentDueMailInGermanNamesTheAmountTheDueDateAndHowToPay() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.locale = "de-DE";
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.PAYMENT_DUE;
        claim.money = new ClaimEventData.Figures(null, null, Money.of("19.90", "EUR"), null);
        claim.deadlines = new ClaimEventData.Deadlines(null, null, LocalDate.of(2030, 3, 20), null, null, null);

        publish(kafka.get(), claim.event(ClaimEventType.PAYMENT_DUE, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Bitte zahlen Sie die Preisdifferenz für Ihre Anfrage " + claim.reference());
        assertThat(mail.body()).contains("Hallo Ada,", "wir haben Ihr Gerät zur Anfrage " + claim.reference() + " erhalten",
                "Betrag: 19,90\u00a0€", "Fällig bis: 20. März 2030",
                "Zahlen Sie unter https://www.kospet.com/pages/pay und geben Sie Ihre Anfragenummer " + claim.reference()
                        + " an.");
    }

    @Test
    void aRejectionNamesTheReasonTheRuleAndTheNote() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.REJECTED;
        claim.rejection = new ClaimEventData.Rejection(RejectionReason.UNAUTHORIZED_USE_OR_MODIFICATION, "EX-3",
                "The case was opened.");

        publish(kafka.get(), claim.event(ClaimEventType.REJECTED, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your request " + claim.reference() + " could not be accepted");
        assertThat(mail.body()).contains("unauthorized use or modification; WORRY FREE+ may cover it",
                "Policy rule: EX-3", "Note: The case was opened.");
    }

    @Test
    void aRefundNamesTheAmountsInTheOrdersCurrency() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.requestType = RequestType.NO_DEFECT_RETURN;
        claim.status = ClaimStatus.REFUNDED;
        claim.money = new ClaimEventData.Figures(Money.of("47.70", "USD"), Money.of("139.30", "USD"), null,
                Money.of("12.00", "USD"));

        publish(kafka.get(), claim.event(ClaimEventType.REFUNDED, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your refund for request " + claim.reference());
        assertThat(mail.body()).contains("Refund: $47.70", "Depreciation: $139.30", "Shipping fees you pay: $12.00");
    }

    @Test
    void aShippedReplacementNamesTheNewUnitCarrierTrackingAndTheDeliveryEstimate() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.REPLACEMENT_SHIPPED;
        claim.shipment = new ClaimEventData.Shipment("DHL", "JD0146000012345");
        claim.replacementUnitId = "SN-NEW-4711";
        claim.deadlines = new ClaimEventData.Deadlines(null, null, null, null,
                LocalDate.of(2030, 4, 1), LocalDate.of(2030, 5, 10));

        publish(kafka.get(), claim.event(ClaimEventType.REPLACEMENT_SHIPPED, clock.instant()));

        MailCatcher.CaughtMail mail = awaitMailsTo(claim.email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Your replacement for request " + claim.reference() + " is on its way");
        assertThat(mail.body()).contains("Serial number of your new watch: SN-NEW-4711", "Carrier: DHL",
                "Tracking number: JD0146000012345",
                "10–30 working days, between April 1, 2030 and May 10, 2030");
    }

    @Test
    void aCancelledAndAnExpiredClaimEachGetTheirMail() {
        TestEvents.Claim cancelled = new TestEvents.Claim();
        cancelled.status = ClaimStatus.CANCELLED;
        TestEvents.Claim expired = new TestEvents.Claim();
        expired.status = ClaimStatus.EXPIRED;
        expired.locale = "de";
        expired.deadlines = new ClaimEventData.Deadlines(null, LocalDate.of(2030, 3, 15), null, null, null, null);

        publish(kafka.get(), cancelled.event(ClaimEventType.CANCELLED, clock.instant()));
        publish(kafka.get(), expired.event(ClaimEventType.EXPIRED, clock.instant()));

        assertThat(awaitMailAbout(cancelled.email, "cancelled").subject())
                .isEqualTo("Your request " + cancelled.reference() + " is cancelled");
        MailCatcher.CaughtMail expiredMail = awaitMailsTo(expired.email, 1).get(0);
        assertThat(expiredMail.subject()).isEqualTo("Ihre Anfrage " + expired.reference() + " ist verfallen");
        assertThat(expiredMail.body()).contains("bis 15. März 2030");
    }

    @Test
    void aLanguageWithoutWordingReadsEnglish() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.locale = "fr-FR";
        claim.status = ClaimStatus.CANCELLED;

        publish(kafka.get(), claim.event(ClaimEventType.CANCELLED, clock.instant()));

        assertThat(awaitMailsTo(claim.email, 1).get(0).subject()).isEqualTo("Your request " + claim.reference() + " is cancelled");
    }

    @Test
    void eachClaimsMailsStateTheServiceTimesAndDatesOfItsOwnPolicyVersionAsItsEventsCarryThem() {
        ServiceTimes v2023 = new ServiceTimes(Duration.ofHours(12), 5, Period.ofDays(3), Duration.ofHours(24), 5, 20);
        TestEvents.Claim older = worryFreeClaim("2023-07", v2023);
        TestEvents.Claim newer = worryFreeClaim("2024-01", TestEvents.V2024_01);

        for (TestEvents.Claim claim : List.of(older, newer)) {
            publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, clock.instant()));
        }
        assertThat(awaitMailAbout(older.email, "We received").body()).contains("within 12 hours, by February 1, 2030");
        assertThat(awaitMailAbout(newer.email, "We received").body()).contains("within 24 hours, by February 2, 2030");

        older.status = ClaimStatus.AWAITING_RETURN;
        older.deadlines = new ClaimEventData.Deadlines(null, LocalDate.of(2030, 2, 8), null, null, null, null);
        newer.status = ClaimStatus.AWAITING_RETURN;
        newer.deadlines = new ClaimEventData.Deadlines(null, LocalDate.of(2030, 2, 12), null, null, null, null);
        for (TestEvents.Claim claim : List.of(older, newer)) {
            publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, clock.instant()));
        }
        assertThat(awaitMailAbout(older.email, "is confirmed").body()).contains("within 5 working days, by February 8, 2030");
        assertThat(awaitMailAbout(newer.email, "is confirmed").body()).contains("within 7 working days, by February 12, 2030");

        older.status = ClaimStatus.REPLACEMENT_SHIPPED;
        older.deadlines = new ClaimEventData.Deadlines(null, null, null, null, LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 29));
        newer.status = ClaimStatus.REPLACEMENT_SHIPPED;
        newer.deadlines = new ClaimEventData.Deadlines(null, null, null, null, LocalDate.of(2030, 3, 11), LocalDate.of(2030, 4, 22));
        for (TestEvents.Claim claim : List.of(older, newer)) {
            publish(kafka.get(), claim.event(ClaimEventType.REPLACEMENT_SHIPPED, clock.instant()));
        }
        assertThat(awaitMailAbout(older.email, "on its way").body())
                .contains("5–20 working days, between March 4, 2030 and March 29, 2030");
        assertThat(awaitMailAbout(newer.email, "on its way").body())
                .contains("10–30 working days, between March 11, 2030 and April 22, 2030");
    }

    @Test
    void anEventWrittenBeforeClaimsKeptTheirServiceTimesStillGetsItsMailWithTheDatesItCarries() {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.serviceTimes = null;
        claim.status = ClaimStatus.AWAITING_RETURN;
        claim.deadlines = new ClaimEventData.Deadlines(null, LocalDate.of(2030, 3, 15), null, null, null, null);

        publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, clock.instant()));

        assertThat(awaitMailsTo(claim.email, 1).get(0).body()).contains("Please ship the unit by March 15, 2030")
                .doesNotContain("working days");
    }

    /** A WORRY FREE+ claim decided under {@code version}, submitted at 10:00 UTC on 1 February 2030. */
    private static TestEvents.Claim worryFreeClaim(String version, ServiceTimes times) {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.policyVersion = version;
        claim.serviceTimes = times;
        claim.deadlines = new ClaimEventData.Deadlines(Instant.parse("2030-02-01T10:00:00Z").plus(times.confirmation()),
                null, null, null, null, null);
        return claim;
    }

    @Test
    void aPoisonEventIsDeadLetteredAndLaterEventsStillFlow() {
        String unreadable = UUID.randomUUID().toString();
        publish(kafka.get(), unreadable, "this is not a cloud event".getBytes(StandardCharsets.UTF_8));
        String unknownType = UUID.randomUUID().toString();
        publish(kafka.get(), unknownType, new JsonFormat().serialize(CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withType("claim.teleported").withSource(URI.create("/claims-service"))
                .withData("application/json", "{}".getBytes(StandardCharsets.UTF_8)).build()));
        TestEvents.Claim good = new TestEvents.Claim();
        publish(kafka.get(), good.event(ClaimEventType.SUBMITTED, Instant.now()));

        awaitMailsTo(good.email, 1);
        var dlq = kafka.get().consume(Serdes.String(), Serdes.ByteArray())
                .withGroupId("dlq-reader-" + UUID.randomUUID())
                .fromTopics("claims.events.dlq");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                dlq.getRecords().stream().map(r -> r.key()).toList().containsAll(List.of(unreadable, unknownType)));
        assertThat(dlq.getRecords()).filteredOn(record -> List.of(unreadable, unknownType).contains(record.key()))
                .allSatisfy(record -> assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull());
        dlq.close();
    }
}
