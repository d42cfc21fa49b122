package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEvent;
import com.kospet.warranty.model.event.ClaimEventData;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.notifications.config.NotificationsConfig;
import com.kospet.warranty.notifications.mail.MailContent.Section;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what each mail says about a claim: which sections, which facts, in the reader's language.
 * The words are in {@link ClaimMessages}; the layout in the {@link ClaimMails} templates.
 */
@ApplicationScoped
public class MailComposer {

    private final NotificationsConfig config;

    public MailComposer(NotificationsConfig config) {
        this.config = config;
    }

    /** One mail ready to hand to SMTP, with the address it goes to. */
    public record ComposedMail(String recipient, RenderedMail mail) {
    }

    public ComposedMail compose(MailKind kind, ClaimEvent event) {
        ClaimEventData claim = event.data();
        boolean toStaff = kind.audience() == MailKind.Audience.STAFF;
        // Staff read English; customers read their own language where the bundle has it.
        ReaderFormats formats = ReaderFormats.forTag(toStaff ? null : claim.customer().locale(), config.zone());
        ClaimMessages msg = messages(formats.language());
        String reference = reference(claim);
        MailContent content = switch (kind) {
            case CLAIM_SUBMITTED -> submitted(claim, reference, msg, formats);
            case CLAIM_CONFIRMED -> confirmed(claim, reference, msg, formats);
            case SHIP_BACK_REMINDER -> shipBackReminder(claim, reference, msg, formats);
            case CLAIM_REJECTED -> rejected(claim, reference, msg);
            case PAYMENT_DUE -> paymentDue(claim, reference, msg, formats);
            case PAYMENT_REMINDER -> paymentReminder(claim, reference, msg, formats);
            case CLAIM_REFUNDED -> refunded(claim, reference, msg, formats);
            case REPLACEMENT_SHIPPED -> replacementShipped(claim, reference, msg, formats);
            case CLAIM_CANCELLED -> customerMail(claim, msg, msg.cancelledSubject(reference),
                    List.of(Section.paragraph(msg.cancelledIntro(reference))));
            case CLAIM_EXPIRED -> expired(claim, reference, msg, formats);
            case UNCONFIRMED_ALERT -> staffMail(msg, msg.unconfirmedAlertSubject(reference), claim,
                    msg.unconfirmedAlertBody(claim.claimId().toString(),
                            deadlines(claim).map(ClaimEventData.Deadlines::confirmBy).map(formats::dateTime).orElse("-")));
            case UNSHIPPED_REPLACEMENT_ALERT -> staffMail(msg, msg.unshippedAlertSubject(reference), claim,
                    msg.unshippedAlertBody(claim.claimId().toString(),
                            deadlines(claim).map(ClaimEventData.Deadlines::shipReplacementBy).map(formats::dateTime).orElse("-")));
        };
        String recipient = toStaff ? config.staffAddress() : claim.customer().email();
        return new ComposedMail(recipient, new RenderedMail(content.subject(),
                ClaimMails.mailHtml(content, formats.language()).render(), ClaimMails.mailText(content).render()));
    }

    /** The short reference a customer quotes: the first block of the claim id, upper case. */
    public static String reference(ClaimEventData claim) {
        return claim.claimId().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private MailContent submitted(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.builder()
                .paragraph(msg.submittedIntro(reference, claim.orderNumber(), claim.productModel()))
                .fact(msg.labelRequestType(), requestType(claim.requestType(), msg))
                .build());
        sections.add(Section.paragraph(submittedNext(claim, msg, formats)));
        if (!claim.missingRequirements().isEmpty()) {
            Section.Builder missing = Section.builder().heading(msg.submittedMissingHeading());
            claim.missingRequirements().forEach(requirement -> missing.item(requirement(requirement, msg)));
            sections.add(missing.build());
        }
        return customerMail(claim, msg, msg.submittedSubject(reference), sections);
    }

    private MailContent confirmed(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        List<Section> sections = new ArrayList<>();
        Section.Builder summary = Section.builder().paragraph(msg.confirmedIntro(reference))
                .fact(msg.labelRequest(), reference)
                .fact(msg.labelOrder(), claim.orderNumber())
                .fact(msg.labelProduct(), claim.productModel())
                .fact(msg.labelRequestType(), requestType(claim.requestType(), msg));
        moneyFacts(claim, msg, formats, summary);
        sections.add(summary.build());
        Section.Builder shipBack = Section.builder().heading(msg.confirmedReturnHeading()).lines(config.returnAddress());
        deadlines(claim).map(ClaimEventData.Deadlines::shipBackBy).map(formats::date).ifPresent(date ->
                shipBack.paragraph(serviceTimes(claim)
                        .map(times -> msg.confirmedDeadline(times.returnShipmentWorkingDays(), date))
                        .orElseGet(() -> msg.confirmedDeadlineBy(date))));
        sections.add(shipBack.build());
        sections.add(backupInstructions(msg));
        return customerMail(claim, msg, msg.confirmedSubject(reference), sections);
    }

    private MailContent shipBackReminder(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        String date = formats.date(claim.deadlines().shipBackBy());
        return customerMail(claim, msg, msg.shipBackReminderSubject(reference, date), List.of(
                Section.paragraph(msg.shipBackReminderIntro(reference, date)),
                Section.builder().heading(msg.confirmedReturnHeading()).lines(config.returnAddress()).build(),
                backupInstructions(msg)));
    }

    /** DB-1: the three steps before any unit is sent back. */
    private static Section backupInstructions(ClaimMessages msg) {
        return Section.builder().heading(msg.backupHeading())
                .item(msg.backupData()).item(msg.backupSim()).item(msg.backupReset())
                .paragraph(msg.backupConfirm())
                .build();
    }

    private MailContent rejected(ClaimEventData claim, String reference, ClaimMessages msg) {
        Section.Builder why = Section.builder().paragraph(msg.rejectedIntro(reference));
        Optional.ofNullable(claim.rejection()).ifPresent(rejection -> {
            Optional.ofNullable(rejection.reason()).ifPresent(reason -> why.fact(msg.labelReason(), rejectionReason(reason, msg)));
            Optional.ofNullable(rejection.rule()).ifPresent(rule -> why.fact(msg.labelRule(), rule));
            Optional.ofNullable(rejection.note()).filter(note -> !note.isBlank()).ifPresent(note -> why.fact(msg.labelNote(), note));
        });
        return customerMail(claim, msg, msg.rejectedSubject(reference), List.of(why.build()));
    }

    private MailContent paymentDue(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        return customerMail(claim, msg, msg.paymentDueSubject(reference), List.of(
                Section.paragraph(msg.paymentDueIntro(reference)), payment(claim, reference, msg, formats)));
    }

    private MailContent paymentReminder(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        String date = formats.date(claim.deadlines().paymentDueBy());
        return customerMail(claim, msg, msg.paymentReminderSubject(reference, date), List.of(
                Section.paragraph(msg.paymentReminderIntro(reference)), payment(claim, reference, msg, formats)));
    }

    private Section payment(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        Section.Builder payment = Section.builder();
        money(claim).map(ClaimEventData.Figures::priceDifference)
                .ifPresent(amount -> payment.fact(msg.labelAmount(), formats.money(amount)));
        deadlines(claim).map(ClaimEventData.Deadlines::paymentDueBy)
                .ifPresent(due -> payment.fact(msg.labelDueDate(), formats.date(due)));
        return payment.paragraph(msg.paymentHowTo(config.payment().url(), reference)).build();
    }

    private MailContent refunded(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        Section.Builder refund = Section.builder().paragraph(msg.refundedIntro(reference));
        moneyFacts(claim, msg, formats, refund);
        return customerMail(claim, msg, msg.refundedSubject(reference), List.of(refund.build()));
    }

    private MailContent replacementShipped(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        Section.Builder shipped = Section.builder().paragraph(msg.shippedIntro(reference));
        // UN-3: the new unit's serial is the one any later claim names.
        Optional.ofNullable(claim.replacementUnitId()).ifPresent(unit -> shipped.fact(msg.labelNewUnit(), unit));
        Optional.ofNullable(claim.shipment()).ifPresent(shipment -> {
            Optional.ofNullable(shipment.carrier()).ifPresent(carrier -> shipped.fact(msg.labelCarrier(), carrier));
            Optional.ofNullable(shipment.trackingNumber()).ifPresent(tracking -> shipped.fact(msg.labelTracking(), tracking));
        });
        deliveryEstimate(claim, msg, formats).ifPresent(estimate -> shipped.fact(msg.labelDeliveryEstimate(), estimate));
        return customerMail(claim, msg, msg.shippedSubject(reference), List.of(shipped.build()));
    }

    /** WF-6 as the claim's event states it: the time to confirm and the date it runs out. */
    private static String submittedNext(ClaimEventData claim, ClaimMessages msg, ReaderFormats formats) {
        Optional<Integer> hours = serviceTimes(claim).map(times -> (int) times.confirmation().toHours());
        return deadlines(claim).map(ClaimEventData.Deadlines::confirmBy).map(formats::dateTime)
                .map(date -> hours.map(h -> msg.submittedNextBy(h, date)).orElseGet(() -> msg.submittedNextByDate(date)))
                .orElseGet(() -> hours.map(msg::submittedNext).orElseGet(msg::submittedNextSoon));
    }

    /** WF-6: the working days the delivery takes and the dates they give, as far as the event states them. */
    private static Optional<String> deliveryEstimate(ClaimEventData claim, ClaimMessages msg, ReaderFormats formats) {
        Optional<ClaimEventData.Deadlines> dated = deadlines(claim)
                .filter(d -> d.deliveryEstimateFrom() != null && d.deliveryEstimateTo() != null);
        return serviceTimes(claim).map(times -> dated
                        .map(d -> msg.deliveryEstimateBetween(times.deliveryMinWorkingDays(), times.deliveryMaxWorkingDays(),
                                formats.date(d.deliveryEstimateFrom()), formats.date(d.deliveryEstimateTo())))
                        .orElseGet(() -> msg.deliveryEstimate(times.deliveryMinWorkingDays(), times.deliveryMaxWorkingDays())))
                .or(() -> dated.map(d -> msg.deliveryEstimateDates(formats.date(d.deliveryEstimateFrom()),
                        formats.date(d.deliveryEstimateTo()))));
    }

    private MailContent expired(ClaimEventData claim, String reference, ClaimMessages msg, ReaderFormats formats) {
        String intro = deadlines(claim).map(ClaimEventData.Deadlines::shipBackBy)
                .map(date -> msg.expiredIntroBy(reference, formats.date(date)))
                .orElseGet(() -> msg.expiredIntro(reference));
        return customerMail(claim, msg, msg.expiredSubject(reference),
                List.of(Section.paragraph(intro), Section.paragraph(msg.expiredAgain())));
    }

    /** The money of the decision, each figure the claim carries. */
    private static void moneyFacts(ClaimEventData claim, ClaimMessages msg, ReaderFormats formats, Section.Builder section) {
        money(claim).ifPresent(figures -> {
            fact(section, msg.labelRefund(), figures.refund(), formats);
            fact(section, msg.labelDepreciation(), figures.depreciation(), formats);
            fact(section, msg.labelPriceDifference(), figures.priceDifference(), formats);
            fact(section, msg.labelCustomerShipping(), figures.customerShipping(), formats);
        });
    }

    private static void fact(Section.Builder section, String label, Money amount, ReaderFormats formats) {
        if (amount != null) {
            section.fact(label, formats.money(amount));
        }
    }

    private static MailContent customerMail(ClaimEventData claim, ClaimMessages msg, String subject, List<Section> sections) {
        String name = claim.customer().name();
        String greeting = name == null || name.isBlank() ? msg.greetingNoName() : msg.greeting(name);
        return new MailContent(subject, greeting, sections, msg.closing(), msg.signature());
    }

    private static MailContent staffMail(ClaimMessages msg, String subject, ClaimEventData claim, String body) {
        return new MailContent(subject, msg.staffGreeting(), List.of(Section.builder().paragraph(body)
                .fact(msg.labelOrder(), claim.orderNumber())
                .fact(msg.labelProduct(), claim.productModel())
                .build()), "", "notification-service");
    }

    private static Optional<ClaimEventData.Deadlines> deadlines(ClaimEventData claim) {
        return Optional.ofNullable(claim.deadlines());
    }

    private static Optional<ServiceTimes> serviceTimes(ClaimEventData claim) {
        return Optional.ofNullable(claim.serviceTimes());
    }

    private static Optional<ClaimEventData.Figures> money(ClaimEventData claim) {
        return Optional.ofNullable(claim.money());
    }

    private static String requestType(RequestType type, ClaimMessages msg) {
        return switch (type) {
            case DEFECT_RETURN -> msg.requestDefectReturn();
            case DEFECT_REPLACEMENT -> msg.requestDefectReplacement();
            case NO_DEFECT_RETURN -> msg.requestNoDefectReturn();
            case CANCEL -> msg.requestCancel();
            case WORRY_FREE_REPLACEMENT -> msg.requestWorryFreeReplacement();
        };
    }

    private static String requirement(Requirement requirement, ClaimMessages msg) {
        return switch (requirement) {
            case ORDER_NUMBER -> msg.requirementOrderNumber();
            case PURCHASE_LINK -> msg.requirementPurchaseLink();
            case MEDIA -> msg.requirementMedia();
            case CARRIER_DAMAGE_PROOF -> msg.requirementCarrierDamageProof();
        };
    }

    private static String rejectionReason(RejectionReason reason, ClaimMessages msg) {
        return switch (reason) {
            case BEYOND_WARRANTY_PERIOD -> msg.reasonBeyondWarrantyPeriod();
            case NO_VALID_PROOF_OF_PURCHASE -> msg.reasonNoValidProofOfPurchase();
            case NO_DEFECT_FOUND -> msg.reasonNoDefectFound();
            case UNAUTHORIZED_USE_OR_MODIFICATION -> msg.reasonUnauthorizedUseOrModification();
            case TRANSIT_DAMAGE_WITHOUT_PROOF -> msg.reasonTransitDamageWithoutProof();
            case OTHER -> msg.reasonOther();
        };
    }

    private static ClaimMessages messages(String language) {
        return ReaderFormats.DEFAULT_LANGUAGE.equals(language)
                ? MessageBundles.get(ClaimMessages.class)
                : MessageBundles.get(ClaimMessages.class, Localized.Literal.of(language));
    }
}
