package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.Money;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The reader's language and how amounts and dates are written for them. The language of the words is
 * one the message bundle has (English by default); numbers and dates follow the customer's full tag,
 * so {@code de-CH} reads German words with Swiss number formats.
 */
public record ReaderFormats(Locale locale, String language, ZoneId zone) {

    /** Languages with a complete set of mail wording. */
    static final Set<String> LANGUAGES = Set.of("en", "de");
    static final String DEFAULT_LANGUAGE = "en";

    /** For a BCP 47 tag such as {@code de-DE}; an absent or unknown tag reads English. */
    public static ReaderFormats forTag(String tag, ZoneId zone) {
        Locale locale = tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.trim());
        if (locale.getLanguage().isEmpty()) {
            locale = Locale.ENGLISH;
        }
        String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : DEFAULT_LANGUAGE;
        if (!language.equals(locale.getLanguage())) {
            locale = Locale.forLanguageTag(language);
        }
        return new ReaderFormats(locale, language, zone);
    }

    /** {@code 25.00 USD} → {@code $25.00} in English, {@code 25,00 $} in German. */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount());
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A moment, in the store's time zone, naming the zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
