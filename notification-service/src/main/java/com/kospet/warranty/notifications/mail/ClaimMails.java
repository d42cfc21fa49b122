package com.kospet.warranty.notifications.mail;

import com.kospet.warranty.model.event.ClaimEventData;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The customer mails, each an HTML and a plain-text Qute template under {@code templates/ClaimMails/}.
 * Checked at build time: a template that names a field the data does not have fails the build.
 */
@CheckedTemplate(basePath = "ClaimMails")
public class ClaimMails {

    public static native TemplateInstance claimSubmittedHtml(ClaimEventData claim, String reference);

    public static native TemplateInstance claimSubmittedText(ClaimEventData claim, String reference);
}
