package com.kospet.warranty.notifications.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of every mail, in English; other languages in {@code messages/msg_<lang>.properties}
 * (German: {@code msg_de.properties}). Parameters arrive formatted for the reader's locale.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ClaimMessages {

    // ------------------------------------------------------------ common

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Hello,")
    String greetingNoName();

    @Message("Kind regards,")
    String closing();

    @Message("KOSPET Support")
    String signature();

    @Message("Request")
    String labelRequest();

    @Message("Order")
    String labelOrder();

    @Message("Product")
    String labelProduct();

    @Message("What you asked for")
    String labelRequestType();

    @Message("Return of a faulty item for a refund")
    String requestDefectReturn();

    @Message("Free replacement of a faulty item (warranty)")
    String requestDefectReplacement();

    @Message("Return of an item you no longer want")
    String requestNoDefectReturn();

    @Message("Cancellation of the order")
    String requestCancel();

    @Message("WORRY FREE+ replacement")
    String requestWorryFreeReplacement();

    @Message("Refund")
    String labelRefund();

    @Message("Depreciation")
    String labelDepreciation();

    @Message("Price difference")
    String labelPriceDifference();

    @Message("Shipping fees you pay")
    String labelCustomerShipping();

    @Message("Your order number")
    String requirementOrderNumber();

    @Message("The link to your purchase")
    String requirementPurchaseLink();

    @Message("At least one video or picture that shows the problem")
    String requirementMedia();

    @Message("The carrier's proof of damage in transit")
    String requirementCarrierDamageProof();

    // ------------------------------------------------------------ claim.submitted

    @Message("We received your request {reference}")
    String submittedSubject(String reference);

    @Message("we received your request {reference} for order {order} ({product}).")
    String submittedIntro(String reference, String order, String product);

    @Message("We will check it and confirm the details by email within {hours} hours, by {date}.")
    String submittedNextBy(int hours, String date);

    @Message("We will check it and confirm the details by email within {hours} hours.")
    String submittedNext(int hours);

    /** For an event that carries no service times (written before claims kept them). */
    @Message("We will check it and confirm the details by email by {date}.")
    String submittedNextByDate(String date);

    @Message("We will check it and confirm the details by email.")
    String submittedNextSoon();

    @Message("What we still need from you (reply to this mail)")
    String submittedMissingHeading();

    // ------------------------------------------------------------ claim.confirmed

    @Message("Your request {reference} is confirmed")
    String confirmedSubject(String reference);

    @Message("we have checked your request {reference} and confirm it as follows.")
    String confirmedIntro(String reference);

    @Message("Where to send the unit")
    String confirmedReturnHeading();

    @Message("Please ship the unit within {days} working days, by {date}, and register the carrier and tracking number with your request.")
    String confirmedDeadline(int days, String date);

    /** For an event that carries no service times (written before claims kept them). */
    @Message("Please ship the unit by {date} and register the carrier and tracking number with your request.")
    String confirmedDeadlineBy(String date);

    @Message("Before you send the unit")
    String backupHeading();

    @Message("Back up your data.")
    String backupData();

    @Message("Remove the SIM card.")
    String backupSim();

    @Message("Restore the factory settings.")
    String backupReset();

    @Message("When you register the shipment you will be asked to confirm these three steps.")
    String backupConfirm();

    // ------------------------------------------------------------ ship-back reminder

    @Message("Reminder: please send your unit for request {reference} by {date}")
    String shipBackReminderSubject(String reference, String date);

    @Message("we have not received the shipping details for your request {reference} yet. Please ship the unit by {date} and register the carrier and tracking number, or the request expires.")
    String shipBackReminderIntro(String reference, String date);

    // ------------------------------------------------------------ claim.rejected

    @Message("Your request {reference} could not be accepted")
    String rejectedSubject(String reference);

    @Message("we are sorry: we cannot accept your request {reference}.")
    String rejectedIntro(String reference);

    @Message("Reason")
    String labelReason();

    @Message("Policy rule")
    String labelRule();

    @Message("Note")
    String labelNote();

    @Message("The warranty period has ended.")
    String reasonBeyondWarrantyPeriod();

    @Message("No valid proof of purchase.")
    String reasonNoValidProofOfPurchase();

    @Message("No defect was found when the unit was tested.")
    String reasonNoDefectFound();

    @Message("The failure results from unauthorized use or modification; WORRY FREE+ may cover it.")
    String reasonUnauthorizedUseOrModification();

    @Message("Damage in transit without the carrier's proof of damage.")
    String reasonTransitDamageWithoutProof();

    @Message("Another exclusion of the warranty policy.")
    String reasonOther();

    // ------------------------------------------------------------ claim.payment-due and its reminder

    @Message("Please pay the price difference for your request {reference}")
    String paymentDueSubject(String reference);

    @Message("we received your unit for request {reference}. To ship your replacement, we ask you to pay the price difference.")
    String paymentDueIntro(String reference);

    @Message("Amount")
    String labelAmount();

    @Message("Due by")
    String labelDueDate();

    @Message("Pay at {url} and quote your request number {reference}.")
    String paymentHowTo(String url, String reference);

    @Message("Reminder: the payment for request {reference} is due by {date}")
    String paymentReminderSubject(String reference, String date);

    @Message("the price difference for your request {reference} has not reached us yet.")
    String paymentReminderIntro(String reference);

    // ------------------------------------------------------------ claim.refunded

    @Message("Your refund for request {reference}")
    String refundedSubject(String reference);

    @Message("we have refunded your request {reference}. Depending on your bank, it may take a few days to show.")
    String refundedIntro(String reference);

    // ------------------------------------------------------------ claim.replacement-shipped

    @Message("Your replacement for request {reference} is on its way")
    String shippedSubject(String reference);

    @Message("we have shipped the replacement unit for your request {reference}.")
    String shippedIntro(String reference);

    @Message("Carrier")
    String labelCarrier();

    @Message("Tracking number")
    String labelTracking();

    @Message("Serial number of your new watch")
    String labelNewUnit();

    @Message("Expected delivery")
    String labelDeliveryEstimate();

    @Message("{min}–{max} working days, between {from} and {to}")
    String deliveryEstimateBetween(int min, int max, String from, String to);

    @Message("{min}–{max} working days")
    String deliveryEstimate(int min, int max);

    /** For an event that carries no service times (written before claims kept them). */
    @Message("between {from} and {to}")
    String deliveryEstimateDates(String from, String to);

    // ------------------------------------------------------------ claim.cancelled

    @Message("Your request {reference} is cancelled")
    String cancelledSubject(String reference);

    @Message("your request {reference} is cancelled as you asked. Nothing more is needed from you.")
    String cancelledIntro(String reference);

    // ------------------------------------------------------------ claim.expired

    @Message("Your request {reference} has expired")
    String expiredSubject(String reference);

    @Message("we did not receive the shipping details for your request {reference} by {date}, so the request has expired.")
    String expiredIntroBy(String reference, String date);

    @Message("we did not receive the shipping details for your request {reference} in time, so the request has expired.")
    String expiredIntro(String reference);

    @Message("If the unit still has a problem, you are welcome to open a new request.")
    String expiredAgain();

    // ------------------------------------------------------------ SLA alerts to staff

    @Message("Hello team,")
    String staffGreeting();

    @Message("SLA: claim {reference} is not confirmed yet")
    String unconfirmedAlertSubject(String reference);

    @Message("Claim {claimId} is still awaiting confirmation. WF-6 promises the customer a confirmation by {deadline}.")
    String unconfirmedAlertBody(String claimId, String deadline);

    @Message("SLA: WORRY FREE+ replacement for claim {reference} not shipped")
    String unshippedAlertSubject(String reference);

    @Message("Claim {claimId} is paid and its replacement has not shipped. WF-6 promises shipment by {deadline}.")
    String unshippedAlertBody(String claimId, String deadline);
}
