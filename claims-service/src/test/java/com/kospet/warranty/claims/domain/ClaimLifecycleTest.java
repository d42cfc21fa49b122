package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.Money;
import com.kospet.warranty.model.RejectionReason;
import com.kospet.warranty.model.RequestType;
import com.kospet.warranty.model.event.ClaimEventType;
import com.kospet.warranty.model.policy.OptionMoney;
import com.kospet.warranty.model.policy.OptionStatus;
import com.kospet.warranty.model.policy.PolicyAnswer;
import com.kospet.warranty.model.policy.PolicyOption;
import com.kospet.warranty.model.policy.Requirement;
import com.kospet.warranty.model.policy.ServiceTimes;
import com.kospet.warranty.model.policy.ShippingCharge;
import com.kospet.warranty.workingdays.PublicHolidays;
import com.kospet.warranty.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static com.kospet.warranty.model.ClaimStatus.APPROVED;
import static com.kospet.warranty.model.ClaimStatus.AWAITING_CONFIRMATION;
import static com.kospet.warranty.model.ClaimStatus.AWAITING_RETURN;
import static com.kospet.warranty.model.ClaimStatus.CANCELLED;
import static com.kospet.warranty.model.ClaimStatus.CLOSED;
import static com.kospet.warranty.model.ClaimStatus.EXPIRED;
import static com.kospet.warranty.model.ClaimStatus.IN_TRANSIT;
import static com.kospet.warranty.model.ClaimStatus.PAYMENT_DUE;
import static com.kospet.warranty.model.ClaimStatus.RECEIVED;
import static com.kospet.warranty.model.ClaimStatus.REFUNDED;
import static com.kospet.warranty.model.ClaimStatus.REJECTED;
import static com.kospet.warranty.model.ClaimStatus.REPLACEMENT_SHIPPED;
import static com.kospet.warranty.model.RequestType.CANCEL;
import static com.kospet.warranty.model.RequestType.DEFECT_REPLACEMENT;
import static com.kospet.warranty.model.RequestType.DEFECT_RETURN;
import static com.kospet.warranty.model.RequestType.NO_DEFECT_RETURN;
import static com.kospet.warranty.model.RequestType.WORRY_FREE_REPLACEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle as a table: every action from every state, for every request type, is either the edge below or refused;
 * opening a claim is the one edge out of no state.
 */
class ClaimLifecycleTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final Currency USD = Currency.getInstance("USD");
    /** Friday 26 June 2026; Friday 3 July 2026 is a day off in the test calendar (observed Independence Day). */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 26);
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 7, 3);
    private static final Instant NOON_FRIDAY = FRIDAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    /** WF-6 as policy version 2024-01 states it. */
    private static final ServiceTimes V2024 = new ServiceTimes(Duration.ofHours(24), 7, Period.ofDays(7),
            Duration.ofHours(48), 10, 30);
    /** The service times of a version that promises everything faster. */
    private static final ServiceTimes FASTER = new ServiceTimes(Duration.ofHours(12), 5, Period.ofDays(3),
            Duration.ofHours(24), 5, 20);

    private final ClaimLifecycle lifecycle = new ClaimLifecycle(new WorkingDayCalendar("test", year -> Set.of(HOLIDAY)), ZONE);

    /** The expected edges: action, from-state, the request types it applies to, and the target state. */
    private record Edge(ClaimAction action, ClaimStatus from, Set<RequestType> types, ClaimStatus to, ClaimEventType event) {
    }

    private static final Set<RequestType> ALL = EnumSet.allOf(RequestType.class);
    private static final Set<RequestType> RETURNED = EnumSet.of(DEFECT_RETURN, DEFECT_REPLACEMENT, NO_DEFECT_RETURN, WORRY_FREE_REPLACEMENT);
    private static final Set<RequestType> INSPECTED = EnumSet.of(DEFECT_RETURN, DEFECT_REPLACEMENT, NO_DEFECT_RETURN);
    private static final Set<RequestType> REFUNDS = EnumSet.of(DEFECT_RETURN, NO_DEFECT_RETURN, CANCEL);
    private static final Set<RequestType> REPLACEMENTS = EnumSet.of(DEFECT_REPLACEMENT, WORRY_FREE_REPLACEMENT);

    private static final List<Edge> EDGES = List.of(
            new Edge(ClaimAction.CONFIRM, AWAITING_CONFIRMATION, RETURNED, AWAITING_RETURN, ClaimEventType.CONFIRMED),
            new Edge(ClaimAction.CONFIRM, AWAITING_CONFIRMATION, EnumSet.of(CANCEL), APPROVED, ClaimEventType.CONFIRMED),
            new Edge(ClaimAction.REJECT, AWAITING_CONFIRMATION, ALL, REJECTED, ClaimEventType.REJECTED),
            new Edge(ClaimAction.RETURN_SHIPMENT, AWAITING_RETURN, ALL, IN_TRANSIT, ClaimEventType.RETURN_REGISTERED),
            new Edge(ClaimAction.RECEIPT, IN_TRANSIT, INSPECTED, RECEIVED, ClaimEventType.RECEIVED),
            new Edge(ClaimAction.RECEIPT, IN_TRANSIT, EnumSet.of(CANCEL), RECEIVED, ClaimEventType.RECEIVED),
            new Edge(ClaimAction.RECEIPT, IN_TRANSIT, EnumSet.of(WORRY_FREE_REPLACEMENT), PAYMENT_DUE, ClaimEventType.PAYMENT_DUE),
            new Edge(ClaimAction.INSPECTION, RECEIVED, ALL, APPROVED, ClaimEventType.INSPECTED),
            new Edge(ClaimAction.PAYMENT, PAYMENT_DUE, EnumSet.of(WORRY_FREE_REPLACEMENT), APPROVED, ClaimEventType.PAID),
            new Edge(ClaimAction.REFUND, APPROVED, REFUNDS, REFUNDED, ClaimEventType.REFUNDED),
            new Edge(ClaimAction.REPLACEMENT_SHIPMENT, APPROVED, REPLACEMENTS, REPLACEMENT_SHIPPED, ClaimEventType.REPLACEMENT_SHIPPED),
            new Edge(ClaimAction.CANCEL, AWAITING_CONFIRMATION, ALL, CANCELLED, ClaimEventType.CANCELLED),
            new Edge(ClaimAction.CANCEL, AWAITING_RETURN, ALL, CANCELLED, ClaimEventType.CANCELLED),
            new Edge(ClaimAction.CLOSE, REFUNDED, ALL, CLOSED, ClaimEventType.CLOSED),
            new Edge(ClaimAction.CLOSE, REPLACEMENT_SHIPPED, ALL, CLOSED, ClaimEventType.CLOSED),
            new Edge(ClaimAction.EXPIRE, AWAITING_RETURN, ALL, EXPIRED, ClaimEventType.EXPIRED),
            new Edge(ClaimAction.COMPLETE, AWAITING_CONFIRMATION, ALL, AWAITING_CONFIRMATION, ClaimEventType.UPDATED));

    static Stream<Arguments> everyActionFromEveryStateForEveryType() {
        List<Arguments> cases = new ArrayList<>();
        for (ClaimAction action : ClaimAction.values()) {
            for (ClaimStatus status : ClaimStatus.values()) {
                for (RequestType type : RequestType.values()) {
                    Optional<Edge> edge = EDGES.stream()
                            .filter(e -> e.action() == action && e.from() == status && e.types().contains(type))
                            .findFirst();
                    cases.add(Arguments.of(action, status, type, edge));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} ({2})")
    @MethodSource("everyActionFromEveryStateForEveryType")
    void everyActionIsEitherAnEdgeOfTheLifecycleOrAnIllegalTransition(ClaimAction action, ClaimStatus status,
                                                                      RequestType type, Optional<Edge> edge) {
        ClaimState claim = claimIn(status, type);
        Instant now = action == ClaimAction.EXPIRE ? NOON_FRIDAY.plus(Duration.ofDays(1)) : NOON_FRIDAY;
        if (edge.isPresent()) {
            Transition transition = lifecycle.decide(claim, sample(action), action.role(), now);
            assertThat(transition.from()).contains(status);
            assertThat(transition.to()).isEqualTo(edge.get().to());
            assertThat(transition.event()).isEqualTo(edge.get().event());
            assertThat(transition.action()).isEqualTo(action);
            assertThat(transition.reason()).isNotBlank();
        } else {
            assertThatThrownBy(() -> lifecycle.decide(claim, sample(action), action.role(), now))
                    .isInstanceOf(IllegalTransitionException.class)
                    .satisfies(e -> assertThat(((IllegalTransitionException) e).currentStatus()).isEqualTo(status))
                    .hasMessageContaining(status.name());
        }
    }

    @Test
    void terminalStatesHaveNoWayOut() {
        for (ClaimStatus status : ClaimStatus.values()) {
            boolean hasExit = EDGES.stream().anyMatch(e -> e.from() == status);
            assertThat(hasExit).as(status.name()).isEqualTo(!status.isTerminal());
        }
    }

    static Stream<Arguments> everyActionForEveryOtherRole() {
        return Arrays.stream(ClaimAction.values()).flatMap(action -> Arrays.stream(Caller.Role.values())
                .filter(role -> role != action.role())
                .map(role -> Arguments.of(action, role)));
    }

    @ParameterizedTest(name = "{1} may not {0}")
    @MethodSource("everyActionForEveryOtherRole")
    void onlyTheActionsOwnRoleMayTakeIt(ClaimAction action, Caller.Role role) {
        EDGES.stream().filter(e -> e.action() == action).forEach(edge -> {
            ClaimState claim = claimIn(edge.from(), edge.types().iterator().next());
            assertThatThrownBy(() -> lifecycle.decide(claim, sample(action), role, NOON_FRIDAY))
                    .isInstanceOf(ActionForbiddenException.class)
                    .hasMessageContaining(action.role().label());
        });
    }

    @Test
    void eachActionBelongsToTheRoleTheArchitectureNames() {
        assertThat(EnumSet.allOf(ClaimAction.class)).allSatisfy(action -> assertThat(action.role()).isEqualTo(switch (action) {
            case CONFIRM, REJECT, RECEIPT, INSPECTION, REFUND, REPLACEMENT_SHIPMENT, CLOSE -> Caller.Role.STAFF;
            case SUBMIT, RETURN_SHIPMENT, CANCEL, COMPLETE -> Caller.Role.CUSTOMER;
            case PAYMENT -> Caller.Role.SERVICE;
            case EXPIRE -> Caller.Role.SYSTEM;
        }));
        assertThat(ClaimAction.RETURN_SHIPMENT.pathName()).isEqualTo("return-shipment");
        assertThat(ClaimAction.REPLACEMENT_SHIPMENT.pathName()).isEqualTo("replacement-shipment");
    }

    // ------------------------------------------------------------------ opening

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void anEligibleDecisionOpensAClaimAwaitingConfirmationWithinTwentyFourHours(RequestType type) {
        Transition t = lifecycle.open(submit(decision(type, OptionStatus.ELIGIBLE)), Caller.Role.CUSTOMER, NOON_FRIDAY);

        assertThat(t.action()).isEqualTo(ClaimAction.SUBMIT);
        assertThat(t.from()).isEmpty();
        assertThat(t.to()).isEqualTo(AWAITING_CONFIRMATION);
        assertThat(t.event()).isEqualTo(ClaimEventType.SUBMITTED);
        assertThat(t.reason()).isEqualTo("policy 2024-01: ELIGIBLE");
        assertThat(t.after().requestType()).isEqualTo(type);
        assertThat(t.after().missingRequirements()).isEmpty();
        assertThat(t.after().deadlines()).isEqualTo(Deadlines.none().withConfirmBy(NOON_FRIDAY.plus(Duration.ofHours(24))));
        assertThat(t.after().openDeadline(ZONE)).contains(NOON_FRIDAY.plus(Duration.ofHours(24)));
        assertThat(t.after().returnShipment()).isEmpty();
        assertThat(t.after().rejection()).isEmpty();
    }

    @Test
    void anIncompleteDecisionOpensAClaimThatListsWhatIsMissingAndCannotBeConfirmedYet() {
        PolicyDecision incomplete = decision(DEFECT_REPLACEMENT, OptionStatus.INCOMPLETE, Requirement.MEDIA);
        Transition t = lifecycle.open(submit(incomplete), Caller.Role.CUSTOMER, NOON_FRIDAY);

        assertThat(t.to()).isEqualTo(AWAITING_CONFIRMATION);
        assertThat(t.after().missingRequirements()).containsExactly(Requirement.MEDIA);
        assertThat(t.reason()).isEqualTo("policy 2024-01: INCOMPLETE");
        assertThatThrownBy(() -> lifecycle.decide(t.after(), confirm(), Caller.Role.STAFF, NOON_FRIDAY))
                .isInstanceOf(PolicyRuleViolationException.class);
    }

    @Test
    void anOpenedWorryFreeClaimKeepsThePolicysQuoteAndTheFreightTheCustomerPays() {
        PolicyOption option = new PolicyOption(WORRY_FREE_REPLACEMENT, OptionStatus.ELIGIBLE, FRIDAY.plusYears(2),
                new OptionMoney(null, null, Money.of("19.00", "USD")),
                List.of(new ShippingCharge(ShippingCharge.Leg.RETURN, ShippingCharge.Payer.CUSTOMER, Money.of("12.00", "USD")),
                        new ShippingCharge(ShippingCharge.Leg.DISPATCH, ShippingCharge.Payer.STORE, Money.of("12.00", "USD"))),
                List.of(), null, List.of());

        Transition t = lifecycle.open(submit(new PolicyDecision("2024-01", option, V2024)), Caller.Role.CUSTOMER, NOON_FRIDAY);

        assertThat(t.after().priceDifference()).contains(new BigDecimal("19.00"));
        assertThat(t.after().customerShipping()).contains(new BigDecimal("12.00"));
    }

    @ParameterizedTest
    @EnumSource(value = Caller.Role.class, names = "CUSTOMER", mode = EnumSource.Mode.EXCLUDE)
    void onlyACustomerOpensAClaim(Caller.Role role) {
        assertThatThrownBy(() -> lifecycle.open(submit(decision(DEFECT_RETURN, OptionStatus.ELIGIBLE)), role, NOON_FRIDAY))
                .isInstanceOf(ActionForbiddenException.class);
    }

    @Test
    void aNotEligibleAnswerOpensNoClaim() {
        PolicyOption refused = new PolicyOption(DEFECT_RETURN, OptionStatus.NOT_ELIGIBLE, FRIDAY, null, List.of(),
                List.of(), null, List.of());
        PolicyAnswer answer = new PolicyAnswer("2024-01", FRIDAY, V2024, List.of(refused));

        assertThatThrownBy(() -> PolicyDecision.of(answer, DEFECT_RETURN))
                .isInstanceOf(NotEligibleException.class)
                .satisfies(e -> assertThat(((NotEligibleException) e).option()).isEqualTo(refused));
    }

    // ------------------------------------------------------------------ WF-6 deadlines

    @Test
    void confirmingOnAFridaySetsShipBackSevenWorkingDaysLaterSkippingWeekendsAndHolidays() {
        Transition t = lifecycle.decide(claimIn(AWAITING_CONFIRMATION, DEFECT_RETURN), confirm(), Caller.Role.STAFF, NOON_FRIDAY);
        // Mon 29, Tue 30, Wed 1, Thu 2, (Fri 3 holiday), Mon 6, Tue 7, Wed 8.
        assertThat(t.after().deadlines().shipBackBy()).contains(LocalDate.of(2026, 7, 8));
    }

    @Test
    void confirmingUsesTheStoresDayNotUtcs() {
        ClaimLifecycle inTokyo = new ClaimLifecycle(new WorkingDayCalendar("none", PublicHolidays.none()), ZoneId.of("Asia/Tokyo"));
        // 20:00 UTC on Friday is already Saturday in Tokyo: seven working days from Saturday end on Tuesday 7 July.
        Instant fridayEvening = FRIDAY.atTime(20, 0).toInstant(ZoneOffset.UTC);
        Transition t = inTokyo.decide(claimIn(AWAITING_CONFIRMATION, DEFECT_RETURN), confirm(), Caller.Role.STAFF, fridayEvening);
        assertThat(t.after().deadlines().shipBackBy()).contains(LocalDate.of(2026, 7, 7));
    }

    @Test
    void aReturnRegisteredOnTheLastDayIsInTimeAndTheDayAfterIsLate() {
        ClaimState claim = claimIn(AWAITING_RETURN, DEFECT_RETURN);
        assertThat(lifecycle.decide(claim, registerReturn(true, true, true), Caller.Role.CUSTOMER, NOON_FRIDAY).to())
                .isEqualTo(IN_TRANSIT);
        assertThatThrownBy(() -> lifecycle.decide(claim, registerReturn(true, true, true), Caller.Role.CUSTOMER,
                NOON_FRIDAY.plus(Duration.ofDays(1))))
                .isInstanceOf(PolicyRuleViolationException.class)
                .satisfies(e -> assertThat(((PolicyRuleViolationException) e).rule()).isEqualTo("WF-6"));
    }

    @Test
    void aReturnWithoutTheFullDataSafetyAcknowledgementIsRefusedNamingWhatIsMissing() {
        ClaimState claim = claimIn(AWAITING_RETURN, WORRY_FREE_REPLACEMENT);
        assertThatThrownBy(() -> lifecycle.decide(claim, registerReturn(true, false, false), Caller.Role.CUSTOMER, NOON_FRIDAY))
                .isInstanceOf(PolicyRuleViolationException.class)
                .satisfies(e -> {
                    PolicyRuleViolationException violation = (PolicyRuleViolationException) e;
                    assertThat(violation.rule()).isEqualTo("DB-1");
                    assertThat(violation.fields()).containsExactly("simRemoved", "factoryReset");
                });
        assertThatThrownBy(() -> lifecycle.decide(claim, registerReturn(false, true, true), Caller.Role.CUSTOMER, NOON_FRIDAY))
                .isInstanceOf(PolicyRuleViolationException.class);
    }

    @Test
    void aWorryFreeUnitReceivedIsDueForPaymentWithinTheConfiguredPeriod() {
        Transition t = lifecycle.decide(claimIn(IN_TRANSIT, WORRY_FREE_REPLACEMENT), new ClaimCommand.RecordReceipt(Optional.empty()),
                Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.to()).isEqualTo(PAYMENT_DUE);
        assertThat(t.after().deadlines().paymentDueBy()).contains(FRIDAY.plusDays(7));
    }

    @Test
    void paymentStartsTheFortyEightHoursToShipTheNewUnit() {
        Transition t = lifecycle.decide(claimIn(PAYMENT_DUE, WORRY_FREE_REPLACEMENT),
                new ClaimCommand.RecordPayment(Optional.of("pay-1")), Caller.Role.SERVICE, NOON_FRIDAY);
        assertThat(t.after().deadlines().shipReplacementBy()).contains(NOON_FRIDAY.plus(Duration.ofHours(48)));
        assertThat(t.reason()).contains("pay-1");
    }

    @Test
    void aShippedReplacementIsEstimatedToArriveInTenToThirtyWorkingDays() {
        Transition t = lifecycle.decide(claimIn(APPROVED, WORRY_FREE_REPLACEMENT),
                new ClaimCommand.ShipReplacement(new Shipment("DHL", "JD0001"), "SN-2"), Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.after().replacementShipment()).contains(new Shipment("DHL", "JD0001"));
        // Ten working days after Friday 26 June, skipping Friday 3 July: Monday 13 July.
        assertThat(t.after().deadlines().deliveryEstimateFrom()).contains(LocalDate.of(2026, 7, 13));
        assertThat(t.after().deadlines().deliveryEstimateTo()).contains(LocalDate.of(2026, 8, 10));
    }

    @Test
    void aClaimExpiresOnlyAfterTheLastDayToShipBack() {
        ClaimState claim = claimIn(AWAITING_RETURN, DEFECT_RETURN);
        assertThatThrownBy(() -> lifecycle.decide(claim, new ClaimCommand.Expire(), Caller.Role.SYSTEM,
                FRIDAY.atTime(23, 59).toInstant(ZoneOffset.UTC)))
                .isInstanceOf(PolicyRuleViolationException.class);
        assertThat(lifecycle.decide(claim, new ClaimCommand.Expire(), Caller.Role.SYSTEM,
                FRIDAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).to()).isEqualTo(EXPIRED);
    }

    @Test
    void aClaimCountsEveryDeadlineFromTheServiceTimesOfItsOwnPolicyVersion() {
        PolicyDecision underFaster = new PolicyDecision("2026-06", new PolicyOption(WORRY_FREE_REPLACEMENT,
                OptionStatus.ELIGIBLE, null, null, List.of(), List.of(), null, List.of()), FASTER);

        Transition opened = lifecycle.open(submit(underFaster), Caller.Role.CUSTOMER, NOON_FRIDAY);
        assertThat(opened.after().serviceTimes()).isEqualTo(FASTER);
        assertThat(opened.after().deadlines().confirmBy()).contains(NOON_FRIDAY.plus(Duration.ofHours(12)));

        Transition confirmed = lifecycle.decide(opened.after(), confirm(), Caller.Role.STAFF, NOON_FRIDAY);
        // Mon 29, Tue 30, Wed 1, Thu 2, (Fri 3 holiday), Mon 6: five working days.
        assertThat(confirmed.after().deadlines().shipBackBy()).contains(LocalDate.of(2026, 7, 6));

        Transition received = lifecycle.decide(confirmed.after().withStatus(IN_TRANSIT),
                new ClaimCommand.RecordReceipt(Optional.empty()), Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(received.after().deadlines().paymentDueBy()).contains(FRIDAY.plusDays(3));

        Transition paid = lifecycle.decide(received.after(), new ClaimCommand.RecordPayment(Optional.empty()),
                Caller.Role.SERVICE, NOON_FRIDAY);
        assertThat(paid.after().deadlines().shipReplacementBy()).contains(NOON_FRIDAY.plus(Duration.ofHours(24)));

        Transition shipped = lifecycle.decide(paid.after(), new ClaimCommand.ShipReplacement(new Shipment("DHL", "JD1"), "SN-2"),
                Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(shipped.after().deadlines().deliveryEstimateFrom()).contains(LocalDate.of(2026, 7, 6));
        assertThat(shipped.after().deadlines().deliveryEstimateTo()).contains(LocalDate.of(2026, 7, 27));
    }

    @Test
    void completingAClaimKeepsTheServiceTimesOfTheNewDecision() {
        ClaimState incomplete = lifecycle.open(submit(decision(DEFECT_REPLACEMENT, OptionStatus.INCOMPLETE, Requirement.MEDIA)),
                Caller.Role.CUSTOMER, NOON_FRIDAY).after();
        PolicyDecision complete = new PolicyDecision("2026-06", new PolicyOption(DEFECT_REPLACEMENT, OptionStatus.ELIGIBLE,
                null, null, List.of(), List.of(), null, List.of()), FASTER);

        Transition t = lifecycle.decide(incomplete, new ClaimCommand.Complete(complete), Caller.Role.CUSTOMER, NOON_FRIDAY);

        assertThat(t.after().serviceTimes()).isEqualTo(FASTER);
        assertThat(t.after().deadlines().confirmBy()).contains(NOON_FRIDAY.plus(Duration.ofHours(12)));
    }

    @Test
    void anAnswerWithoutServiceTimesDecidesNoClaim() {
        PolicyOption eligible = new PolicyOption(DEFECT_RETURN, OptionStatus.ELIGIBLE, FRIDAY, null, List.of(), List.of(),
                null, List.of());

        assertThatThrownBy(() -> PolicyDecision.of(new PolicyAnswer("2024-01", FRIDAY, null, List.of(eligible)), DEFECT_RETURN))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("service times");
    }

    // ------------------------------------------------------------------ confirmation, rejection, inspection

    @Test
    void staffSetTheFinalPriceDifferenceOfAWorryFreeClaimWhenConfirming() {
        ClaimState claim = claimIn(AWAITING_CONFIRMATION, WORRY_FREE_REPLACEMENT);
        Transition t = lifecycle.decide(claim, new ClaimCommand.Confirm(Optional.of(StatedAmount.of(new BigDecimal("25.00"), USD)),
                Optional.of(StatedAmount.bare(new BigDecimal("8.00"))), Optional.empty()), Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.after().priceDifference()).contains(new BigDecimal("25.00"));
        assertThat(t.after().customerShipping()).contains(new BigDecimal("8.00"));
    }

    @Test
    void confirmingWithoutAmountsKeepsThePolicysQuote() {
        ClaimState claim = claimIn(AWAITING_CONFIRMATION, WORRY_FREE_REPLACEMENT);
        Transition t = lifecycle.decide(claim, confirm(), Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.after().priceDifference()).contains(new BigDecimal("19.00"));
    }

    @Test
    void onlyAWorryFreeClaimHasAPriceDifferenceAndNoAmountIsNegative() {
        assertThatThrownBy(() -> lifecycle.decide(claimIn(AWAITING_CONFIRMATION, DEFECT_RETURN),
                new ClaimCommand.Confirm(Optional.of(StatedAmount.bare(BigDecimal.TEN)), Optional.empty(), Optional.empty()), Caller.Role.STAFF, NOON_FRIDAY))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations().get(0).field()).isEqualTo("priceDifference"));
        assertThatThrownBy(() -> lifecycle.decide(claimIn(AWAITING_CONFIRMATION, NO_DEFECT_RETURN),
                new ClaimCommand.Confirm(Optional.empty(), Optional.of(StatedAmount.of(new BigDecimal("-1"), USD)), Optional.empty()), Caller.Role.STAFF, NOON_FRIDAY))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations().get(0).field()).isEqualTo("customerShipping.amount"));
    }

    @ParameterizedTest(name = "{0} {1} for a USD claim: {2}")
    @CsvSource(textBlock = """
            # amount,        currency, the offending fields
            24.00,           USD,      ''
            24.5000,         USD,      ''
            24.005,          USD,      priceDifference.amount
            24.00,           EUR,      priceDifference.currency
            24.005,          EUR,      priceDifference.currency priceDifference.amount
            99999999999999,  USD,      priceDifference.amount
            24.005,          ,         priceDifference
            """)
    void aConfirmedAmountIsInTheClaimsCurrencyAndFitsItsMinorUnit(BigDecimal amount, String currency, String fields) {
        StatedAmount stated = currency == null ? StatedAmount.bare(amount)
                : StatedAmount.of(amount, Currency.getInstance(currency));
        ClaimCommand.Confirm confirm = new ClaimCommand.Confirm(Optional.of(stated), Optional.empty(), Optional.empty());

        if (fields.isEmpty()) {
            confirm.requireIn(USD);
        } else {
            assertThatThrownBy(() -> confirm.requireIn(USD)).isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).violations())
                            .extracting(InvalidRequestException.Violation::field).containsExactly(fields.split(" ")));
        }
    }

    @Test
    void anIncompleteClaimCannotBeConfirmed() {
        ClaimState incomplete = new ClaimState(AWAITING_CONFIRMATION, DEFECT_REPLACEMENT, V2024, List.of(Requirement.MEDIA),
                Optional.empty(), Optional.empty(), Deadlines.none(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> lifecycle.decide(incomplete, confirm(), Caller.Role.STAFF, NOON_FRIDAY))
                .isInstanceOf(PolicyRuleViolationException.class)
                .hasMessageContaining("MEDIA");
    }

    @Test
    void completingAClaimReplacesWhatIsMissingAndGivesStaffTheirTwentyFourHoursAgain() {
        ClaimState incomplete = new ClaimState(AWAITING_CONFIRMATION, DEFECT_REPLACEMENT, V2024,
                List.of(Requirement.MEDIA, Requirement.PURCHASE_LINK), Optional.empty(), Optional.empty(),
                Deadlines.none().withConfirmBy(NOON_FRIDAY.minus(Duration.ofDays(3))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Instant confirmBy = NOON_FRIDAY.plus(Duration.ofHours(24));
        PolicyDecision stillWithoutMedia = new PolicyDecision("2024-01", new PolicyOption(DEFECT_REPLACEMENT,
                OptionStatus.INCOMPLETE, null, null,
                List.of(new ShippingCharge(ShippingCharge.Leg.RETURN, ShippingCharge.Payer.CUSTOMER, Money.of("12.00", "USD"))),
                List.of(Requirement.MEDIA), null, List.of()), V2024);

        Transition partly = lifecycle.decide(incomplete, new ClaimCommand.Complete(stillWithoutMedia), Caller.Role.CUSTOMER,
                NOON_FRIDAY);
        assertThat(partly.to()).isEqualTo(AWAITING_CONFIRMATION);
        assertThat(partly.after().missingRequirements()).containsExactly(Requirement.MEDIA);
        assertThat(partly.after().customerShipping()).contains(new BigDecimal("12.00"));
        assertThat(partly.after().deadlines().confirmBy()).contains(confirmBy);
        assertThat(partly.reason()).contains("still missing: MEDIA").endsWith("(policy 2024-01: INCOMPLETE)");

        Transition complete = lifecycle.decide(partly.after(),
                new ClaimCommand.Complete(decision(DEFECT_REPLACEMENT, OptionStatus.ELIGIBLE)), Caller.Role.CUSTOMER, NOON_FRIDAY);
        assertThat(complete.after().missingRequirements()).isEmpty();
        assertThat(lifecycle.decide(complete.after(), confirm(), Caller.Role.STAFF, NOON_FRIDAY).to()).isEqualTo(AWAITING_RETURN);
    }

    @Test
    void aRejectionForAnotherReasonNeedsANote() {
        ClaimState claim = claimIn(AWAITING_CONFIRMATION, DEFECT_RETURN);
        assertThatThrownBy(() -> lifecycle.decide(claim, new ClaimCommand.Reject(RejectionReason.OTHER, Optional.of("  ")),
                Caller.Role.STAFF, NOON_FRIDAY))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations().get(0).field()).isEqualTo("note"));
        Transition t = lifecycle.decide(claim, new ClaimCommand.Reject(RejectionReason.OTHER, Optional.of("bought as a gift abroad")),
                Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.after().rejection()).contains(new Rejection(RejectionReason.OTHER, Optional.of("bought as a gift abroad")));
        assertThat(t.reason()).startsWith("EX-5");
    }

    static Stream<Arguments> inspectionOutcomes() {
        return Stream.of(
                Arguments.of(DEFECT_RETURN, InspectionOutcome.DEFECT_CONFIRMED, APPROVED, null),
                Arguments.of(DEFECT_RETURN, InspectionOutcome.NO_DEFECT_FOUND, REJECTED, RejectionReason.NO_DEFECT_FOUND),
                Arguments.of(DEFECT_RETURN, InspectionOutcome.UNAUTHORIZED_MODIFICATION, REJECTED, RejectionReason.UNAUTHORIZED_USE_OR_MODIFICATION),
                Arguments.of(DEFECT_RETURN, InspectionOutcome.TRANSIT_DAMAGE_WITHOUT_PROOF, REJECTED, RejectionReason.TRANSIT_DAMAGE_WITHOUT_PROOF),
                Arguments.of(DEFECT_REPLACEMENT, InspectionOutcome.DEFECT_CONFIRMED, APPROVED, null),
                Arguments.of(DEFECT_REPLACEMENT, InspectionOutcome.NO_DEFECT_FOUND, REJECTED, RejectionReason.NO_DEFECT_FOUND),
                Arguments.of(DEFECT_REPLACEMENT, InspectionOutcome.UNAUTHORIZED_MODIFICATION, REJECTED, RejectionReason.UNAUTHORIZED_USE_OR_MODIFICATION),
                Arguments.of(DEFECT_REPLACEMENT, InspectionOutcome.TRANSIT_DAMAGE_WITHOUT_PROOF, REJECTED, RejectionReason.TRANSIT_DAMAGE_WITHOUT_PROOF),
                Arguments.of(NO_DEFECT_RETURN, InspectionOutcome.DEFECT_CONFIRMED, APPROVED, null),
                Arguments.of(NO_DEFECT_RETURN, InspectionOutcome.NO_DEFECT_FOUND, APPROVED, null),
                Arguments.of(NO_DEFECT_RETURN, InspectionOutcome.UNAUTHORIZED_MODIFICATION, REJECTED, RejectionReason.UNAUTHORIZED_USE_OR_MODIFICATION),
                Arguments.of(NO_DEFECT_RETURN, InspectionOutcome.TRANSIT_DAMAGE_WITHOUT_PROOF, REJECTED, RejectionReason.TRANSIT_DAMAGE_WITHOUT_PROOF));
    }

    @ParameterizedTest(name = "{0} inspected {1} → {2}")
    @MethodSource("inspectionOutcomes")
    void inspectionDecidesTheExclusionsOfEx3AndEx4(RequestType type, InspectionOutcome outcome, ClaimStatus expected,
                                                   RejectionReason reason) {
        Transition t = lifecycle.decide(claimIn(RECEIVED, type), new ClaimCommand.RecordInspection(outcome, Optional.empty()),
                Caller.Role.STAFF, NOON_FRIDAY);
        assertThat(t.to()).isEqualTo(expected);
        assertThat(t.after().inspection()).contains(outcome);
        assertThat(t.after().rejection().map(Rejection::reason)).isEqualTo(Optional.ofNullable(reason));
        assertThat(t.event()).isEqualTo(reason == null ? ClaimEventType.INSPECTED : ClaimEventType.REJECTED);
    }

    // ------------------------------------------------------------------ open deadline

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void theOpenDeadlineIsTheOneTheCurrentStateWaitsOn(ClaimStatus status) {
        ClaimState claim = claimIn(status, WORRY_FREE_REPLACEMENT);
        Optional<Instant> open = claim.openDeadline(ZONE);
        switch (status) {
            case AWAITING_CONFIRMATION -> assertThat(open).isEqualTo(claim.deadlines().confirmBy());
            case AWAITING_RETURN -> assertThat(open).contains(FRIDAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
            case PAYMENT_DUE -> assertThat(open).contains(FRIDAY.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
            case APPROVED -> assertThat(open).isEqualTo(claim.deadlines().shipReplacementBy());
            default -> assertThat(open).isEmpty();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A complete claim of {@code type} in {@code status}, whose ship-back deadline is today (Friday). */
    private static ClaimState claimIn(ClaimStatus status, RequestType type) {
        Deadlines deadlines = Deadlines.none()
                .withConfirmBy(NOON_FRIDAY.minus(Duration.ofHours(1)))
                .withShipBackBy(FRIDAY)
                .withPaymentDueBy(FRIDAY.plusDays(2))
                .withShipReplacementBy(NOON_FRIDAY.plus(Duration.ofHours(30)));
        Optional<BigDecimal> priceDifference = type == WORRY_FREE_REPLACEMENT ? Optional.of(new BigDecimal("19.00")) : Optional.empty();
        return new ClaimState(status, type, V2024, List.of(), priceDifference, Optional.empty(), deadlines,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static PolicyDecision decision(RequestType type, OptionStatus status, Requirement... missing) {
        return new PolicyDecision("2024-01", new PolicyOption(type, status, FRIDAY.plusDays(30), null, List.of(),
                List.of(missing), null, List.of()), V2024);
    }

    private static ClaimCommand.Submit submit(PolicyDecision decision) {
        return new ClaimCommand.Submit(decision);
    }

    private static ClaimCommand.Confirm confirm() {
        return new ClaimCommand.Confirm(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ClaimCommand.RegisterReturn registerReturn(boolean backedUp, boolean simRemoved, boolean reset) {
        return new ClaimCommand.RegisterReturn(new Shipment("UPS", "1Z999"), new DataSafetyAcknowledgement(backedUp, simRemoved, reset));
    }

    /** A valid command for each action. */
    private static ClaimCommand sample(ClaimAction action) {
        return switch (action) {
            case SUBMIT -> submit(decision(DEFECT_RETURN, OptionStatus.ELIGIBLE));
            case CONFIRM -> confirm();
            case REJECT -> new ClaimCommand.Reject(RejectionReason.NO_VALID_PROOF_OF_PURCHASE, Optional.empty());
            case RETURN_SHIPMENT -> registerReturn(true, true, true);
            case RECEIPT -> new ClaimCommand.RecordReceipt(Optional.empty());
            case INSPECTION -> new ClaimCommand.RecordInspection(InspectionOutcome.DEFECT_CONFIRMED, Optional.empty());
            case PAYMENT -> new ClaimCommand.RecordPayment(Optional.of("pay-1"));
            case REFUND -> new ClaimCommand.Refund(Optional.empty());
            case REPLACEMENT_SHIPMENT -> new ClaimCommand.ShipReplacement(new Shipment("DHL", "JD0001"), "SN-2");
            case CANCEL -> new ClaimCommand.Cancel(Optional.empty());
            case CLOSE -> new ClaimCommand.Close(Optional.empty());
            case EXPIRE -> new ClaimCommand.Expire();
            case COMPLETE -> new ClaimCommand.Complete(decision(DEFECT_RETURN, OptionStatus.ELIGIBLE));
        };
    }
}
