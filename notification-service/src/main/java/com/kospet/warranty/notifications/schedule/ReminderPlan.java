package com.kospet.warranty.notifications.schedule;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.mail.MailKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reminders and SLA alerts a claim's snapshot calls for, from the deadlines it carries (WF-6).
 * Plain Java: what the latest event of a claim plans is what still applies; a scheduled mail of the
 * claim that it no longer plans is cancelled.
 */
public final class ReminderPlan {

    /** States in which the WORRY FREE+ replacement is no longer owed or already on its way. */
    private static final Set<ClaimStatus> REPLACEMENT_SETTLED = Set.of(ClaimStatus.REPLACEMENT_SHIPPED,
            ClaimStatus.REFUNDED, ClaimStatus.REJECTED, ClaimStatus.CANCELLED, ClaimStatus.EXPIRED, ClaimStatus.CLOSED);

    /**
     * One mail to send later. The key names the claim, the kind and the deadline, so the same reminder
     * planned again by a later event (or a redelivered one) is the same row, and a moved deadline is a new one.
     */
    public record Planned(MailKind kind, String key, Instant dueAt) {
    }

    private final NotificationsConfig config;

    public ReminderPlan(NotificationsConfig config) {
        this.config = config;
    }

    public List<Planned> plan(ClaimEvent event) {
        ClaimEventData claim = event.data();
        ClaimEventData.Deadlines deadlines = claim.deadlines();
        List<Planned> planned = new ArrayList<>();
        if (claim.status() == ClaimStatus.AWAITING_CONFIRMATION) {
            // WF-6: confirmation within 24 h of the request; staff hear of it before the promise breaks.
            planned.add(new Planned(MailKind.UNCONFIRMED_ALERT, key(claim, MailKind.UNCONFIRMED_ALERT, "once"),
                    event.time().toInstant().plus(config.sla().unconfirmedAfter())));
        }
        if (claim.status() == ClaimStatus.AWAITING_RETURN && deadlines != null && deadlines.shipBackBy() != null) {
            planned.add(new Planned(MailKind.SHIP_BACK_REMINDER,
                    key(claim, MailKind.SHIP_BACK_REMINDER, deadlines.shipBackBy().toString()),
                    daysBefore(deadlines.shipBackBy(), config.reminders().shipBackDaysBefore())));
        }
        if (claim.status() == ClaimStatus.PAYMENT_DUE && event.type() != ClaimEventType.PAID
                && deadlines != null && deadlines.paymentDueBy() != null) {
            planned.add(new Planned(MailKind.PAYMENT_REMINDER,
                    key(claim, MailKind.PAYMENT_REMINDER, deadlines.paymentDueBy().toString()),
                    daysBefore(deadlines.paymentDueBy(), config.reminders().paymentDaysBefore())));
        }
        if (claim.requestType() == RequestType.WORRY_FREE_REPLACEMENT && !REPLACEMENT_SETTLED.contains(claim.status())
                && (event.type() == ClaimEventType.PAID || (deadlines != null && deadlines.shipReplacementBy() != null))) {
            // WF-6: the new unit ships within 48 h of payment.
            planned.add(new Planned(MailKind.UNSHIPPED_REPLACEMENT_ALERT,
                    key(claim, MailKind.UNSHIPPED_REPLACEMENT_ALERT, "once"),
                    event.time().toInstant().plus(config.sla().unshippedAfter())));
        }
        return planned;
    }

    private Instant daysBefore(LocalDate deadline, int days) {
        ZoneId zone = config.zone();
        return deadline.minusDays(days).atTime(config.reminders().timeOfDay()).atZone(zone).toInstant();
    }

    private static String key(ClaimEventData claim, MailKind kind, String deadline) {
        return claim.claimId() + ":" + kind.key() + ":" + deadline;
    }
}
