package com.kospet.warranty.notifications;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.stack.MailCatcher;
import com.kospet.warranty.testinfra.PerTestClass;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.kospet.warranty.notifications.TestEvents.awaitMailAbout;
import static com.kospet.warranty.notifications.TestEvents.awaitMailsTo;
import static com.kospet.warranty.notifications.TestEvents.mailsAbout;
import static com.kospet.warranty.notifications.TestEvents.mailsTo;
import static com.kospet.warranty.notifications.TestEvents.publish;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders and SLA alerts, driven by the service's clock moved forward (application.properties: ship-back
 * reminder 2 days and payment reminder 1 day before the deadline at 09:00 UTC; alerts 20 h after submission
 * and 40 h after payment).
 *
 * <p>"Not before" is shown with a marker: a second claim whose mail falls due just before the one under test.
 * Once the marker's mail arrives the sender has looked at the queue with the clock already moved, and would
 * have taken the mail under test too had it been due, as it takes due mail oldest first.
 */
@QuarkusTest
class ScheduledMailTest {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH);

    @RegisterExtension
    static final PerTestClass<KafkaCompanion> kafka = PerTestClass.of(TestEvents::kafka);

    @Inject
    TestClock clock;

    @ConfigProperty(name = "notifications.staff-address")
    String staff;

    // ------------------------------------------------------------ ship-back reminder

    @Test
    void theShipBackReminderGoesOutTwoDaysBeforeTheDeadlineAtNineInTheCustomersLanguageAndOnlyOnce() {
        LocalDate shipBackBy = today().plusDays(5);
        TestEvents.Claim claim = awaitingReturn(shipBackBy);
        claim.locale = "de-DE";
        TestEvents.Claim marker = awaitingReturn(shipBackBy.minusDays(1));
        ClaimEvent confirmed = claim.event(ClaimEventType.CONFIRMED, clock.instant());
        publish(kafka.get(), confirmed);
        publish(kafka.get(), marker.event(ClaimEventType.CONFIRMED, clock.instant()));
        awaitMailsTo(claim.email, 1);
        awaitMailsTo(marker.email, 1);
        Instant due = atNine(shipBackBy.minusDays(2));

        clock.moveTo(due.minus(Duration.ofMinutes(1)));
        awaitMailAbout(marker.email, "Reminder");
        assertThat(mailsTo(claim.email)).hasSize(1);
        assertThat(notification(claim.id, "ship-back-reminder")).containsEntry("status", "PENDING");

        clock.moveTo(due);
        MailCatcher.CaughtMail reminder = awaitMailAbout(claim.email, "Erinnerung");
        assertThat(reminder.subject()).isEqualTo("Erinnerung: Bitte senden Sie Ihr Gerät zur Anfrage "
                + claim.reference() + " bis " + GERMAN_DATE.format(shipBackBy) + " ein");
        assertThat(reminder.body()).contains("Hallo Ada,", "KOSPET Returns Center", "Sichern Sie Ihre Daten.",
                "Entnehmen Sie die SIM-Karte.");

        // The same event again, and a later one in the same state, plan the same reminder: nothing more goes out.
        publish(kafka.get(), confirmed);
        publish(kafka.get(), claim.event(ClaimEventType.UPDATED, clock.instant()));
        clock.advance(Duration.ofDays(1));
        TestEvents.Claim after = awaitingReturn(today().plusDays(1));
        publish(kafka.get(), after.event(ClaimEventType.CONFIRMED, clock.instant()));
        awaitMailAbout(after.email, "Reminder");
        assertThat(mailsAbout(claim.email, "Erinnerung")).hasSize(1);
        assertThat(notifications(claim.id)).filteredOn(mail -> "ship-back-reminder".equals(mail.get("kind")))
                .singleElement().satisfies(mail -> {
                    assertThat(mail).containsEntry("status", "SENT").containsEntry("attempts", 1);
                    assertThat(Instant.parse((String) mail.get("sentAt"))).isAfterOrEqualTo(due);
                });
    }

    @Test
    void aReturnRegisteredBeforeTheReminderIsDueCancelsIt() {
        LocalDate shipBackBy = today().plusDays(5);
        TestEvents.Claim claim = awaitingReturn(shipBackBy);
        TestEvents.Claim marker = awaitingReturn(shipBackBy);
        publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, clock.instant()));
        publish(kafka.get(), marker.event(ClaimEventType.CONFIRMED, clock.instant()));
        awaitMailsTo(claim.email, 1);

        claim.status = ClaimStatus.IN_TRANSIT;
        claim.shipment = new ClaimEventData.Shipment("DHL", "JD0146000099999");
        publish(kafka.get(), claim.event(ClaimEventType.RETURN_REGISTERED, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(statusOf(claim.id, "ship-back-reminder")));

        clock.moveTo(atNine(shipBackBy.minusDays(2)).plusSeconds(1));
        awaitMailAbout(marker.email, "Reminder");
        assertThat(mailsAbout(claim.email, "Reminder")).isEmpty();
        assertThat(notification(claim.id, "ship-back-reminder")).containsEntry("status", "CANCELLED")
                .containsEntry("attempts", 0);
    }

    // ------------------------------------------------------------ payment reminder

    @Test
    void thePaymentReminderGoesOutTheDayBeforeThePaymentFallsDueWithTheAmountAndOnlyOnce() {
        LocalDate dueBy = today().plusDays(4);
        TestEvents.Claim claim = paymentDue(dueBy);
        TestEvents.Claim marker = paymentDue(dueBy.minusDays(1));
        ClaimEvent paymentDue = claim.event(ClaimEventType.PAYMENT_DUE, clock.instant());
        publish(kafka.get(), paymentDue);
        publish(kafka.get(), marker.event(ClaimEventType.PAYMENT_DUE, clock.instant()));
        awaitMailsTo(claim.email, 1);
        awaitMailsTo(marker.email, 1);
        Instant due = atNine(dueBy.minusDays(1));

        clock.moveTo(due.minus(Duration.ofMinutes(1)));
        awaitMailAbout(marker.email, "Reminder");
        assertThat(mailsTo(claim.email)).hasSize(1);

        clock.moveTo(due);
        MailCatcher.CaughtMail reminder = awaitMailAbout(claim.email, "Reminder");
        assertThat(reminder.subject()).isEqualTo("Reminder: the payment for request " + claim.reference()
                + " is due by " + ENGLISH_DATE.format(dueBy));
        assertThat(reminder.body()).contains("Hello Ada,", "has not reached us yet", "Amount: $19.90",
                "Due by: " + ENGLISH_DATE.format(dueBy),
                "Pay at https://www.kospet.com/pages/pay and quote your request number " + claim.reference());

        publish(kafka.get(), paymentDue);
        clock.advance(Duration.ofDays(1));
        TestEvents.Claim after = paymentDue(today());
        publish(kafka.get(), after.event(ClaimEventType.PAYMENT_DUE, clock.instant()));
        awaitMailAbout(after.email, "Reminder");
        assertThat(mailsAbout(claim.email, "Reminder")).hasSize(1);
    }

    @Test
    void paymentBeforeTheReminderIsDueCancelsItAndPlansTheUnshippedAlertInstead() {
        LocalDate dueBy = today().plusDays(4);
        TestEvents.Claim claim = paymentDue(dueBy);
        TestEvents.Claim marker = paymentDue(dueBy);
        publish(kafka.get(), claim.event(ClaimEventType.PAYMENT_DUE, clock.instant()));
        publish(kafka.get(), marker.event(ClaimEventType.PAYMENT_DUE, clock.instant()));
        awaitMailsTo(claim.email, 1);

        Instant paidAt = clock.instant();
        paid(claim, paidAt);
        publish(kafka.get(), claim.event(ClaimEventType.PAID, paidAt));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(statusOf(claim.id, "payment-reminder")));
        assertThat(notification(claim.id, "unshipped-replacement-alert")).containsEntry("status", "PENDING");

        clock.moveTo(atNine(dueBy.minusDays(1)).plusSeconds(1));
        awaitMailAbout(marker.email, "Reminder");
        assertThat(mailsAbout(claim.email, "Reminder")).isEmpty();
    }

    // ------------------------------------------------------------ SLA alerts to staff

    @Test
    void aClaimStillUnconfirmedTwentyHoursAfterSubmissionAlertsStaffOnceAndNotAtNineteenFiftyNine() {
        Instant submittedAt = clock.instant();
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.deadlines = new ClaimEventData.Deadlines(submittedAt.plus(Duration.ofHours(24)), null, null, null, null, null);
        TestEvents.Claim marker = new TestEvents.Claim();
        ClaimEvent submitted = claim.event(ClaimEventType.SUBMITTED, submittedAt);
        publish(kafka.get(), submitted);
        publish(kafka.get(), marker.event(ClaimEventType.SUBMITTED, submittedAt.minus(Duration.ofMinutes(2))));
        awaitMailsTo(claim.email, 1);
        awaitMailsTo(marker.email, 1);

        clock.moveTo(submittedAt.plus(Duration.ofHours(19)).plus(Duration.ofMinutes(59)));
        awaitStaffAlert(marker, "is not confirmed yet");
        assertThat(staffAlerts(claim)).isEmpty();

        clock.moveTo(submittedAt.plus(Duration.ofHours(20)));
        MailCatcher.CaughtMail alert = awaitStaffAlert(claim, "is not confirmed yet");
        assertThat(alert.to()).containsExactly(staff);
        assertThat(alert.subject()).isEqualTo("SLA: claim " + claim.reference() + " is not confirmed yet");
        assertThat(alert.body()).contains("Hello team,", "Claim " + claim.id + " is still awaiting confirmation",
                claim.orderNumber(), "TANK T3");
        assertThat(mailsTo(claim.email)).as("the customer is not told").hasSize(1);

        // Redelivered, or followed by another event in the same state: still one alert.
        publish(kafka.get(), submitted);
        publish(kafka.get(), claim.event(ClaimEventType.UPDATED, clock.instant()));
        TestEvents.Claim after = new TestEvents.Claim();
        publish(kafka.get(), after.event(ClaimEventType.SUBMITTED, clock.instant().minus(Duration.ofHours(21))));
        awaitStaffAlert(after, "is not confirmed yet");
        assertThat(staffAlerts(claim)).hasSize(1);
        assertThat(notifications(claim.id)).filteredOn(mail -> "unconfirmed-alert".equals(mail.get("kind")))
                .singleElement().satisfies(mail -> assertThat(mail)
                        .containsEntry("status", "SENT").containsEntry("recipient", "w***@kospet.com"));
    }

    @Test
    void aConfirmationWithinTwentyHoursCancelsTheUnconfirmedAlert() {
        Instant submittedAt = clock.instant();
        TestEvents.Claim claim = new TestEvents.Claim();
        TestEvents.Claim marker = new TestEvents.Claim();
        publish(kafka.get(), claim.event(ClaimEventType.SUBMITTED, submittedAt));
        publish(kafka.get(), marker.event(ClaimEventType.SUBMITTED, submittedAt));
        awaitMailsTo(claim.email, 1);

        claim.status = ClaimStatus.AWAITING_RETURN;
        claim.deadlines = new ClaimEventData.Deadlines(null, today().plusDays(30), null, null, null, null);
        publish(kafka.get(), claim.event(ClaimEventType.CONFIRMED, submittedAt.plus(Duration.ofHours(1))));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(statusOf(claim.id, "unconfirmed-alert")));

        clock.moveTo(submittedAt.plus(Duration.ofHours(20)).plusSeconds(1));
        awaitStaffAlert(marker, "is not confirmed yet");
        assertThat(staffAlerts(claim)).isEmpty();
    }

    @Test
    void aPaidWorryFreeReplacementNotShippedFortyHoursAfterPaymentAlertsStaffOnce() {
        Instant paidAt = clock.instant();
        TestEvents.Claim claim = paid(new TestEvents.Claim(), paidAt);
        TestEvents.Claim marker = paid(new TestEvents.Claim(), paidAt.minus(Duration.ofMinutes(2)));
        ClaimEvent paid = claim.event(ClaimEventType.PAID, paidAt);
        publish(kafka.get(), paid);
        publish(kafka.get(), marker.event(ClaimEventType.PAID, paidAt.minus(Duration.ofMinutes(2))));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                notification(claim.id, "unshipped-replacement-alert") != null
                        && notification(marker.id, "unshipped-replacement-alert") != null);

        clock.moveTo(paidAt.plus(Duration.ofHours(39)).plus(Duration.ofMinutes(59)));
        awaitStaffAlert(marker, "not shipped");
        assertThat(staffAlerts(claim)).isEmpty();

        clock.moveTo(paidAt.plus(Duration.ofHours(40)));
        MailCatcher.CaughtMail alert = awaitStaffAlert(claim, "not shipped");
        assertThat(alert.to()).containsExactly(staff);
        assertThat(alert.subject()).isEqualTo("SLA: WORRY FREE+ replacement for claim " + claim.reference() + " not shipped");
        assertThat(alert.body()).contains("Claim " + claim.id + " is paid and its replacement has not shipped",
                claim.orderNumber());

        publish(kafka.get(), paid);
        TestEvents.Claim after = paid(new TestEvents.Claim(), clock.instant().minus(Duration.ofHours(41)));
        publish(kafka.get(), after.event(ClaimEventType.PAID, clock.instant().minus(Duration.ofHours(41))));
        awaitStaffAlert(after, "not shipped");
        assertThat(staffAlerts(claim)).hasSize(1);
    }

    @Test
    void shippingTheReplacementWithinFortyHoursCancelsTheUnshippedAlert() {
        Instant paidAt = clock.instant();
        TestEvents.Claim claim = paid(new TestEvents.Claim(), paidAt);
        TestEvents.Claim marker = paid(new TestEvents.Claim(), paidAt);
        publish(kafka.get(), claim.event(ClaimEventType.PAID, paidAt));
        publish(kafka.get(), marker.event(ClaimEventType.PAID, paidAt));

        claim.status = ClaimStatus.REPLACEMENT_SHIPPED;
        claim.shipment = new ClaimEventData.Shipment("DHL", "JD0146000054321");
        publish(kafka.get(), claim.event(ClaimEventType.REPLACEMENT_SHIPPED, paidAt.plus(Duration.ofHours(30))));
        awaitMailAbout(claim.email, "is on its way");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CANCELLED".equals(statusOf(claim.id, "unshipped-replacement-alert")));

        clock.moveTo(paidAt.plus(Duration.ofHours(40)).plusSeconds(1));
        awaitStaffAlert(marker, "not shipped");
        assertThat(staffAlerts(claim)).isEmpty();
    }

    // ------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Reminders go out at 09:00 in the store's zone (UTC in tests). */
    private static Instant atNine(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
    }

    private static TestEvents.Claim awaitingReturn(LocalDate shipBackBy) {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.status = ClaimStatus.AWAITING_RETURN;
        claim.deadlines = new ClaimEventData.Deadlines(null, shipBackBy, null, null, null, null);
        return claim;
    }

    private static TestEvents.Claim paymentDue(LocalDate dueBy) {
        TestEvents.Claim claim = new TestEvents.Claim();
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.PAYMENT_DUE;
        claim.money = new ClaimEventData.Figures(null, null, Money.of("19.90", "USD"), null);
        claim.deadlines = new ClaimEventData.Deadlines(null, null, dueBy, null, null, null);
        return claim;
    }

    /** As claims-service publishes {@code claim.paid}: approved, the replacement owed within 48 h. */
    private static TestEvents.Claim paid(TestEvents.Claim claim, Instant paidAt) {
        claim.requestType = RequestType.WORRY_FREE_REPLACEMENT;
        claim.status = ClaimStatus.APPROVED;
        claim.money = new ClaimEventData.Figures(null, null, Money.of("19.90", "USD"), null);
        LocalDate paymentDueBy = claim.deadlines == null ? null : claim.deadlines.paymentDueBy();
        claim.deadlines = new ClaimEventData.Deadlines(null, null, paymentDueBy, paidAt.plus(Duration.ofHours(48)), null, null);
        return claim;
    }

    private List<MailCatcher.CaughtMail> staffAlerts(TestEvents.Claim claim) {
        return mailsAbout(staff, claim.reference());
    }

    private MailCatcher.CaughtMail awaitStaffAlert(TestEvents.Claim claim, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> staffAlerts(claim).stream()
                .anyMatch(mail -> mail.subject().contains(subjectPart)));
        return staffAlerts(claim).get(0);
    }

    private static List<Map<String, Object>> notifications(UUID claimId) {
        return given().auth().oauth2(TestTokens.staff("agent-1"))
                .get("/api/notifications?claimId={id}", claimId)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String statusOf(UUID claimId, String kind) {
        Map<String, Object> mail = notification(claimId, kind);
        return mail == null ? null : (String) mail.get("status");
    }

    private static Map<String, Object> notification(UUID claimId, String kind) {
        return notifications(claimId).stream().filter(mail -> kind.equals(mail.get("kind"))).findFirst().orElse(null);
    }
}
