package com.kospet.warranty.notifications.mail;

import io.quarkus.qute.TemplateInstance;

/** One mail ready to send: subject, HTML body and the plain-text alternative. */
public record RenderedMail(String subject, String html, String text) {

    public static RenderedMail of(String subject, TemplateInstance html, TemplateInstance text) {
        return new RenderedMail(subject, html.render(), text.render());
    }
}
