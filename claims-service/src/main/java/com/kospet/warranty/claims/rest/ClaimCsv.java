package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.ClaimReference;
import com.kospet.warranty.claims.persistence.ClaimEntity;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims as CSV rows for a spreadsheet (RFC 4180: a header row, CRLF line ends, a field in double quotes when it
 * holds a comma, a quote or a line break, quotes doubled inside). A field starting with {@code = + - @}, a tab or a
 * carriage return would be read by a spreadsheet as a formula (customers write the descriptions), so it is written
 * with a leading apostrophe, as OWASP's advice on CSV injection has it: the cell then shows the text as typed.
 */
final class ClaimCsv {

    static final String MEDIA_TYPE = "text/csv";

    private record Column(String name, Function<ClaimEntity, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("reference", claim -> ClaimReference.of(claim.id)),
            new Column("id", claim -> claim.id),
            new Column("status", claim -> claim.status),
            new Column("requestType", claim -> claim.requestType),
            new Column("cause", claim -> claim.cause),
            new Column("openDeadline", claim -> claim.openDeadline),
            new Column("orderNumber", claim -> claim.orderNumber),
            new Column("unitId", claim -> claim.unitId),
            new Column("productModel", claim -> claim.productModel),
            new Column("customerId", claim -> claim.customerId),
            new Column("customerEmail", claim -> claim.customerEmail),
            new Column("customerName", claim -> claim.customerName),
            new Column("description", claim -> claim.description),
            new Column("evidenceCount", claim -> claim.evidenceCount),
            new Column("createdAt", claim -> claim.createdAt),
            new Column("updatedAt", claim -> claim.updatedAt));

    private ClaimCsv() {
    }

    static String header() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")) + "\r\n";
    }

    static String row(ClaimEntity claim) {
        return COLUMNS.stream().map(column -> field(column.value().apply(claim))).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One field: empty when there is no value, defused if a spreadsheet would run it, quoted when it must be. */
    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
