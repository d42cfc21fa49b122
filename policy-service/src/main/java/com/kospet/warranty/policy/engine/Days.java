package com.kospet.warranty.policy.engine;

import java.time.Period;

/** Says a configured period the way the policy page does: "30 days", "2 years". */
final class Days {

    private Days() {
    }

    static String say(Period period) {
        StringBuilder text = new StringBuilder();
        append(text, period.getYears(), "year");
        append(text, period.getMonths(), "month");
        append(text, period.getDays(), "day");
        return text.length() == 0 ? "0 days" : text.toString();
    }

    private static void append(StringBuilder text, int count, String unit) {
        if (count == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(count).append(' ').append(unit);
        if (count != 1) {
            text.append('s');
        }
    }
}
