package com.kospet.warranty.notifications.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The layout of every mail, once as HTML and once as plain text, under {@code templates/ClaimMails/}.
 * Checked at build time: a template that names a field the content does not have fails the build.
 */
@CheckedTemplate(basePath = "ClaimMails")
public class ClaimMails {

    public static native TemplateInstance mailHtml(MailContent mail, String lang);

    public static native TemplateInstance mailText(MailContent mail);
}
