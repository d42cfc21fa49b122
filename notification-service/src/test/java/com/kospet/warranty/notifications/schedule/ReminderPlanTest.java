package com.kospet.warranty.notifications.schedule;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.mail.MailKind;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What each claim snapshot plans, and when, with the configuration read as the service reads it. */
class ReminderPlanTest {

    private static final UUID CLAIM = UUID.fromString("5a1e0000-0000-0000-0000-000000000001");
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");

    @ParameterizedTest(name = "{0}, ship-back reminder {1} days before at {2}: due {3}")
    @CsvSource({
            "UTC,           2, 09:00, 2026-03-09T09:00:00Z",
            "UTC,           3, 09:00, 2026-03-08T09:00:00Z",
            "Europe/Berlin, 2, 09:00, 2026-03-09T08:00:00Z",
            "Europe/Berlin, 2, 17:30, 2026-03-09T16:30:00Z",
            "Asia/Shanghai, 1, 09:00, 2026-03-10T01:00:00Z",
    })
    void theShipBackReminderIsDueTheConfiguredDaysBeforeTheDeadlineAtTheStoresTimeOfDay(String zone, int daysBefore,
                                                                                       String timeOfDay, Instant due) {
        ReminderPlan plan = plan(Map.of("notifications.zone", zone,
                "notifications.reminders.ship-back-days-before", Integer.toString(daysBefore),
                "notifications.reminders.time-of-day", timeOfDay));
        ClaimEvent confirmed = event(ClaimEventType.CONFIRMED, ClaimStatus.AWAITING_RETURN, RequestType.DEFECT_RETURN,
                deadlines(null, LocalDate.of(2026, 3, 11), null, null));

        assertThat(plan.plan(confirmed)).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(MailKind.SHIP_BACK_REMINDER);
            assertThat(reminder.dueAt()).isEqualTo(due);
            assertThat(reminder.key()).isEqualTo(CLAIM + ":ship-back-reminder:2026-03-11");
        });
    }

    @Test
    void thePaymentReminderIsDueTheConfiguredDaysBeforeThePaymentFallsDue() {
        ReminderPlan plan = plan(Map.of("notifications.reminders.payment-days-before", "2"));
        ClaimEvent paymentDue = event(ClaimEventType.PAYMENT_DUE, ClaimStatus.PAYMENT_DUE, RequestType.WORRY_FREE_REPLACEMENT,
                deadlines(null, null, LocalDate.of(2026, 3, 9), null));

        assertThat(plan.plan(paymentDue)).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(MailKind.PAYMENT_REMINDER);
            assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
        });
    }

    @Test
    void anUnconfirmedClaimAlertsStaffTheConfiguredTimeAfterItsEvent() {
        ReminderPlan plan = plan(Map.of("notifications.sla.unconfirmed-after", "18h"));
        ClaimEvent submitted = event(ClaimEventType.SUBMITTED, ClaimStatus.AWAITING_CONFIRMATION, RequestType.DEFECT_RETURN,
                deadlines(NOW.plusSeconds(24 * 3600), null, null, null));

        assertThat(plan.plan(submitted)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MailKind.UNCONFIRMED_ALERT);
            assertThat(alert.dueAt()).isEqualTo(NOW.plusSeconds(18 * 3600));
        });
    }

    @Test
    void aPaidWorryFreeReplacementAlertsStaffFortyHoursAfterPaymentAndLaterEventsPlanTheSameAlert() {
        ReminderPlan plan = plan(Map.of());
        ClaimEventData.Deadlines owed = deadlines(null, null, LocalDate.of(2026, 3, 9), NOW.plusSeconds(48 * 3600));
        List<ReminderPlan.Planned> afterPayment = plan.plan(event(ClaimEventType.PAID, ClaimStatus.APPROVED,
                RequestType.WORRY_FREE_REPLACEMENT, owed));
        List<ReminderPlan.Planned> afterAnUpdate = plan.plan(event(ClaimEventType.UPDATED, ClaimStatus.APPROVED,
                RequestType.WORRY_FREE_REPLACEMENT, owed));

        assertThat(afterPayment).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(MailKind.UNSHIPPED_REPLACEMENT_ALERT);
            assertThat(alert.dueAt()).isEqualTo(NOW.plusSeconds(40 * 3600));
        });
        assertThat(afterAnUpdate).extracting(ReminderPlan.Planned::key).containsExactly(afterPayment.get(0).key());
    }

    @ParameterizedTest(name = "{0} in {1}: nothing scheduled")
    @CsvSource({
            "RETURN_REGISTERED,   IN_TRANSIT,          DEFECT_RETURN",
            "RECEIVED,            RECEIVED,            DEFECT_RETURN",
            "REJECTED,            REJECTED,            DEFECT_RETURN",
            "CANCELLED,           CANCELLED,           DEFECT_RETURN",
            "EXPIRED,             EXPIRED,             DEFECT_RETURN",
            "INSPECTED,           APPROVED,            DEFECT_REPLACEMENT",
            "REPLACEMENT_SHIPPED, REPLACEMENT_SHIPPED, WORRY_FREE_REPLACEMENT",
            "REFUNDED,            REFUNDED,            DEFECT_RETURN",
            "CLOSED,              CLOSED,              WORRY_FREE_REPLACEMENT",
    })
    void aClaimThatMovedOnPlansNothingSoWhatWasWaitingIsCancelled(ClaimEventType type, ClaimStatus status, RequestType request) {
        ClaimEventData.Deadlines all = deadlines(NOW, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 9), NOW.plusSeconds(3600));

        assertThat(plan(Map.of()).plan(event(type, status, request, all))).isEmpty();
    }

    private static ReminderPlan plan(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "notifications.staff-address", "staff@example.com",
                "notifications.return-address", "KOSPET Returns Center",
                "notifications.payment.url", "https://example.com/pay"));
        properties.putAll(overrides);
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(NotificationsConfig.class)
                // Durations as the service writes them ("20h"), read by Quarkus' own converter.
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(properties)
                .build();
        return new ReminderPlan(config.getConfigMapping(NotificationsConfig.class));
    }

    private static ClaimEventData.Deadlines deadlines(Instant confirmBy, LocalDate shipBackBy, LocalDate paymentDueBy,
                                                      Instant shipReplacementBy) {
        return new ClaimEventData.Deadlines(confirmBy, shipBackBy, paymentDueBy, shipReplacementBy, null, null);
    }

    private static ClaimEvent event(ClaimEventType type, ClaimStatus status, RequestType request, ClaimEventData.Deadlines deadlines) {
        return new ClaimEvent(UUID.randomUUID(), type, ClaimEvent.SOURCE, NOW.atOffset(ZoneOffset.UTC),
                new ClaimEventData(CLAIM, "KP-1", "SN-1", "TANK T3", request, status, null,
                        new ClaimEventData.Customer("c-1", "c-1@example.com", "Ada", "en"), "2024-01", null, List.of(),
                        deadlines, null, null, "SN-1", null, null));
    }
}
