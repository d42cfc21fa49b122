package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.InvalidRequestException;
import com.kospet.warranty.claims.service.OrderService;
import com.kospet.warranty.model.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/orders/{orderNumber}}: the facts the order system knows. Amounts in {@code currency}. */
@Schema(example = ApiExamples.ORDER)
public record OrderRequest(
        @NotBlank @Size(max = 128) String customerId,
        @NotBlank @Email @Size(max = 254) String customerEmail,
        @NotNull Channel channel,
        @NotNull LocalDate orderDate,
        LocalDate maxEstimatedDeliveryDate,
        LocalDate shippedDate,
        LocalDate deliveredDate,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as USD") String currency,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String purchaseLink,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {

    public record Item(
            @NotBlank @Size(max = 64) String unitId,
            @NotBlank @Size(max = 128) String productModel,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 4) BigDecimal price,
            @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 4) BigDecimal shippingCost) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /**
     * Checks what annotations cannot: the dates follow each other, none of them lies after {@code today} in the
     * store's zone (UN-4: order facts cannot lie in the future), and the currency exists.
     */
    public OrderService.OrderFacts toFacts(LocalDate today) {
        List<InvalidRequestException.Violation> problems = new ArrayList<>();
        if (orderDate.isBefore(EARLIEST)) {
            problems.add(new InvalidRequestException.Violation("orderDate", "is not a plausible order date"));
        }
        notAfter(problems, "orderDate", orderDate, today);
        notAfter(problems, "shippedDate", shippedDate, today);
        notAfter(problems, "deliveredDate", deliveredDate, today);
        notBefore(problems, "maxEstimatedDeliveryDate", maxEstimatedDeliveryDate);
        notBefore(problems, "shippedDate", shippedDate);
        notBefore(problems, "deliveredDate", deliveredDate);
        if (deliveredDate != null && shippedDate != null && deliveredDate.isBefore(shippedDate)) {
            problems.add(new InvalidRequestException.Violation("deliveredDate", "must not be before shippedDate"));
        }
        if (deliveredDate != null && shippedDate == null) {
            problems.add(new InvalidRequestException.Violation("shippedDate", "is required once the order is delivered"));
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidRequestException.Violation("currency", "is not an ISO-4217 currency"));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).unitId())) {
                problems.add(new InvalidRequestException.Violation("items[" + i + "].unitId", "appears twice in the order"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new OrderService.OrderFacts(customerId, customerEmail, channel, orderDate, maxEstimatedDeliveryDate,
                shippedDate, deliveredDate, currency, purchaseLink,
                items.stream().map(item -> new OrderService.OrderFacts.Item(item.unitId(), item.productModel(),
                        item.price(), item.shippingCost())).toList());
    }

    /** UN-4: a fact that already happened happened by today. */
    private static void notAfter(List<InvalidRequestException.Violation> problems, String field, LocalDate date,
                                 LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new InvalidRequestException.Violation(field, "must not be after today (" + today
                    + ", UN-4): order facts cannot lie in the future"));
        }
    }

    private void notBefore(List<InvalidRequestException.Violation> problems, String field, LocalDate date) {
        if (date != null && date.isBefore(orderDate)) {
            problems.add(new InvalidRequestException.Violation(field, "must not be before orderDate"));
        }
    }
}
