package com.kospet.warranty.claims.domain;

import com.kospet.warranty.model.ClaimStatus;
import com.kospet.warranty.model.RequestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UN-1..UN-3 and WF-3 on one order line, as plain Java. */
class OrderLineTest {

    private static final String OWNER = "c-1";

    @ParameterizedTest(name = "a {0} claim {1} leaves the unit {2}")
    @CsvSource({
            "DEFECT_RETURN, AWAITING_CONFIRMATION, CLAIM_OPEN",
            "DEFECT_RETURN, APPROVED, CLAIM_OPEN",
            "DEFECT_RETURN, REFUNDED, REFUNDED",
            "DEFECT_RETURN, CLOSED, REFUNDED",
            "NO_DEFECT_RETURN, CLOSED, REFUNDED",
            "CANCEL, REFUNDED, REFUNDED",
            "DEFECT_RETURN, REJECTED, IN_SERVICE",
            "DEFECT_RETURN, CANCELLED, IN_SERVICE",
            "DEFECT_RETURN, EXPIRED, IN_SERVICE",
            "DEFECT_REPLACEMENT, PAYMENT_DUE, CLAIM_OPEN",
            "DEFECT_REPLACEMENT, REPLACEMENT_SHIPPED, REPLACED",
            "WORRY_FREE_REPLACEMENT, CLOSED, REPLACED"})
    void aClaimsTypeAndStatusDecideWhereItsUnitStands(RequestType type, ClaimStatus status, UnitStanding.State expected) {
        OrderLine line = new OrderLine("SN-1", List.of(), List.of(claim("SN-1", type, status)));

        assertThat(line.standing("SN-1").state()).isEqualTo(expected);
        assertThat(line.standing("SN-1").refusal().map(UnitStanding.Refusal::rule)).isEqualTo(switch (expected) {
            case IN_SERVICE -> java.util.Optional.empty();
            case CLAIM_OPEN -> java.util.Optional.of("UN-1");
            case REFUNDED -> java.util.Optional.of("UN-2");
            case REPLACED -> java.util.Optional.of("UN-3");
        });
    }

    @Test
    void theLineageRunsFromTheUnitSoldThroughEachReplacementInTurn() {
        OrderLine line = new OrderLine("SN-1",
                List.of(new OrderLine.Replacement("SN-3", "SN-2"), new OrderLine.Replacement("SN-2", "SN-1")), List.of());

        assertThat(line.lineage()).containsExactly("SN-1", "SN-2", "SN-3");
        assertThat(line.standing("SN-1").replacedBy()).contains("SN-2");
        assertThat(line.standing("SN-1").state()).isEqualTo(UnitStanding.State.REPLACED);
        assertThat(line.standing("SN-3").replaces()).contains("SN-2");
        assertThat(line.standing("SN-3").state()).isEqualTo(UnitStanding.State.IN_SERVICE);
    }

    @Test
    void worryFreeReplacementsAreCountedOverEveryUnitOfTheLineButNotTheWithdrawnOnes() {
        OrderLine line = new OrderLine("SN-1", List.of(new OrderLine.Replacement("SN-2", "SN-1")), List.of(
                claim("SN-1", RequestType.WORRY_FREE_REPLACEMENT, ClaimStatus.CLOSED),
                claim("SN-2", RequestType.WORRY_FREE_REPLACEMENT, ClaimStatus.CANCELLED),
                claim("SN-2", RequestType.WORRY_FREE_REPLACEMENT, ClaimStatus.REJECTED),
                claim("SN-2", RequestType.WORRY_FREE_REPLACEMENT, ClaimStatus.AWAITING_RETURN),
                claim("SN-2", RequestType.DEFECT_REPLACEMENT, ClaimStatus.REJECTED)));

        assertThat(line.worryFreeReplacements()).isEqualTo(2);
    }

    @Test
    void anOpenClaimIsNamedToItsOwnCustomerOnly() {
        UnitClaim open = claim("SN-1", RequestType.DEFECT_RETURN, ClaimStatus.AWAITING_RETURN);
        UnitStanding standing = new OrderLine("SN-1", List.of(), List.of(open)).standing("SN-1");

        assertThatThrownBy(() -> standing.requireClaimable(OWNER)).isInstanceOfSatisfying(OpenClaimException.class,
                e -> assertThat(e.openClaimId()).contains(open.id()));
        assertThatThrownBy(() -> standing.requireClaimable("c-2")).isInstanceOfSatisfying(OpenClaimException.class,
                e -> assertThat(e.openClaimId()).isEmpty());
    }

    @Test
    void aRefundedOrReplacedUnitIsRefusedUnderItsRuleNamingTheUnit() {
        OrderLine line = new OrderLine("SN-1", List.of(new OrderLine.Replacement("SN-2", "SN-1")), List.of(
                claim("SN-2", RequestType.DEFECT_RETURN, ClaimStatus.REFUNDED)));

        assertThatThrownBy(() -> line.standing("SN-1").requireClaimable(OWNER))
                .isInstanceOfSatisfying(PolicyRuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("UN-3");
                    assertThat(e.getMessage()).contains("SN-2");
                });
        assertThatThrownBy(() -> line.standing("SN-2").requireClaimable(OWNER))
                .isInstanceOfSatisfying(PolicyRuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("UN-2"));
    }

    @Test
    void aUnitOfAnotherLineIsNoneOfItsBusiness() {
        assertThatThrownBy(() -> new OrderLine("SN-1", List.of(), List.of()).standing("SN-9"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UnitClaim claim(String unit, RequestType type, ClaimStatus status) {
        return new UnitClaim(UUID.randomUUID(), unit, type, status, OWNER);
    }
}
