package com.kospet.warranty.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The notification service's own settings ({@code notifications.*} in application.properties). */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    /** Where SLA alerts to staff go. */
    String staffAddress();

    /** The store's time zone: deadline dates and times in mails are shown there, reminders fire there. */
    @WithDefault("UTC")
    ZoneId zone();

    /** The lines of the address customers send units back to. */
    List<String> returnAddress();

    Payment payment();

    Reminders reminders();

    Sla sla();

    Delivery delivery();

    Consumer consumer();

    Smtp smtp();

    interface Payment {
        /** Where customers pay a WORRY FREE+ price difference. */
        String url();
    }

    interface Reminders {
        /** Days before the ship-back deadline (WF-6; the date comes with the claim's event) that the reminder goes out. */
        @WithDefault("2")
        int shipBackDaysBefore();

        /** Days before the payment due date that the reminder goes out. */
        @WithDefault("1")
        int paymentDaysBefore();

        /** Local time of day (in {@code zone}) reminders go out. */
        @WithDefault("09:00")
        LocalTime timeOfDay();
    }

    interface Sla {
        /** WF-6 promises confirmation within 24 h: staff are alerted when a claim is still unconfirmed this long after submission. */
        @WithDefault("20h")
        Duration unconfirmedAfter();

        /** WF-6 promises the WORRY FREE+ replacement ships within 48 h of payment: staff are alerted this long after payment. */
        @WithDefault("40h")
        Duration unshippedAfter();
    }

    interface Consumer {
        /** Wait before an event is tried again while the sent log's database is unavailable; doubled up to the max. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }

    interface Delivery {
        /**
         * How often due mail is looked for although no event woke the sender: retries, reminders and alerts coming
         * due, mail left by a restart. An event's own mail does not wait for it.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** How many mails a pass takes at a time; a pass goes on taking until nothing due is left. */
        @WithDefault("100")
        int batchSize();

        /** How many mails (of different claims) may be handed to SMTP at once by one instance. */
        @WithDefault("8")
        int concurrency();

        /** SMTP attempts per mail before it is given up and its event dead-lettered. */
        @WithDefault("10")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled per further failure up to {@link #maxBackoff()}. */
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("15m")
        Duration maxBackoff();

        /** How long a mail may stay handed to the SMTP server without an outcome before it counts as interrupted. */
        @WithDefault("5m")
        Duration lease();
    }

    /**
     * How one SMTP exchange is bounded. The server itself is {@code quarkus.mailer.host}, {@code port}, {@code from},
     * {@code own-host-name}, {@code start-tls}, {@code tls}, {@code username}, {@code password}.
     */
    interface Smtp {
        /** How long a TCP connection to the SMTP server may take to open. */
        @WithDefault("10s")
        Duration connectTimeout();

        /**
         * How long the connection may stay silent both ways (the server does not answer, nothing is left to write)
         * before it is closed and the attempt counts as failed. A blackholed network is noticed after this long.
         */
        @WithDefault("60s")
        Duration replyTimeout();

        /**
         * The longest a whole attempt is waited for, however slowly the server keeps answering; shorter than
         * {@code delivery.lease}, so no other pass takes the mail while it is still being sent.
         */
        @WithDefault("2m")
        Duration attemptTimeout();

        /** The domain of every mail's Message-ID, {@code <id@domain>}; the id is derived from the mail's key. */
        @WithDefault("warranty.kospet.com")
        String messageIdDomain();
    }
}
