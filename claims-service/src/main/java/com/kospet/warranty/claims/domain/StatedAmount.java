package com.kospet.warranty.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount as staff state it when they confirm a claim: with its currency, or without one (the deprecated bare
 * number), in which case it is in the claim's currency. The claim keeps amounts in its own currency only.
 */
public record StatedAmount(BigDecimal amount, Optional<Currency> currency) {

    /** The size the claim's money columns hold: 13 digits before the point. */
    private static final int INTEGER_DIGITS = 13;

    public StatedAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static StatedAmount of(BigDecimal amount, Currency currency) {
        return new StatedAmount(amount, Optional.of(currency));
    }

    /** The deprecated bare number, in the claim's currency. */
    public static StatedAmount bare(BigDecimal amount) {
        return new StatedAmount(amount, Optional.empty());
    }

    /** The field that names the amount itself: {@code priceDifference.amount}, or {@code priceDifference} when bare. */
    public String amountField(String field) {
        return currency.isPresent() ? field + ".amount" : field;
    }

    /**
     * What is wrong with this amount for a claim in {@code claimCurrency}: another currency, more decimals than the
     * currency's minor unit has, or more digits than a claim holds.
     */
    public List<InvalidRequestException.Violation> problemsIn(Currency claimCurrency, String field) {
        List<InvalidRequestException.Violation> problems = new ArrayList<>(2);
        currency.filter(stated -> !stated.equals(claimCurrency)).ifPresent(stated -> problems.add(
                new InvalidRequestException.Violation(field + ".currency", "must be the claim's currency, "
                        + claimCurrency.getCurrencyCode())));
        BigDecimal exact = amount.stripTrailingZeros();
        int decimals = Math.max(0, claimCurrency.getDefaultFractionDigits());
        if (exact.scale() > decimals) {
            problems.add(new InvalidRequestException.Violation(amountField(field), "must have at most " + decimals
                    + " decimal(s), as " + claimCurrency.getCurrencyCode() + " has"));
        }
        if (exact.precision() - exact.scale() > INTEGER_DIGITS) {
            problems.add(new InvalidRequestException.Violation(amountField(field), "must have at most " + INTEGER_DIGITS
                    + " digits before the decimal point"));
        }
        return problems;
    }
}
