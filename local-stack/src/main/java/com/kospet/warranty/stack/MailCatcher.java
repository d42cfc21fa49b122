package com.kospet.warranty.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that keeps every mail it accepts, with a small web page and a JSON
 * view of them, so a person running the stack can read what the system sent.
 */
public final class MailCatcher implements AutoCloseable {

    /** GreenMail gives its server 2 s to start by default, which a busy machine can exceed (a test restarting it). */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private final GreenMail greenMail;
    private final HttpServer http;
    private final ObjectMapper json = new ObjectMapper();

    private MailCatcher(GreenMail greenMail, HttpServer http) {
        this.greenMail = greenMail;
        this.http = http;
    }

    /**
     * @param smtpPort the SMTP port, or 0 for any free one
     * @param webPort  the port of the mail web page, or -1 for none
     */
    public static MailCatcher start(int smtpPort, int webPort) throws IOException {
        ServerSetup smtp = new ServerSetup(Ports.orAnyFree(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(STARTUP_TIMEOUT.toMillis());
        GreenMail greenMail = new GreenMail(smtp);
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            // The port taken, say: stop what did start, so a caller may try again.
            greenMail.stop();
            throw e;
        }
        HttpServer http = null;
        if (webPort >= 0) {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.orAnyFree(webPort)), 0);
        }
        MailCatcher catcher = new MailCatcher(greenMail, http);
        if (http != null) {
            http.createContext("/api/messages", catcher::serveJson);
            http.createContext("/", catcher::servePage);
            http.start();
        }
        return catcher;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int webPort() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    /** Every mail accepted so far, oldest first. */
    public List<CaughtMail> messages() {
        return greenMail.getManagers().getImapHostManager().getAllMessages().stream()
                .map(stored -> caught(stored.getMimeMessage(), stored.getReceivedDate().toInstant()))
                .toList();
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
        }
        greenMail.stop();
    }

    /**
     * One accepted mail: envelope recipients, subject, its Message-ID header, the whole text of the message, and
     * when this server accepted it (to the millisecond, an ISO-8601 instant; the end-to-end benchmark reads it).
     */
    public record CaughtMail(List<String> to, String from, String subject, String sentAt, String messageId, String body,
                             String receivedAt) {
    }

    private static CaughtMail caught(MimeMessage message, Instant receivedAt) {
        try {
            return new CaughtMail(addresses(message.getAllRecipients()), addresses(message.getFrom()).stream().findFirst().orElse(""),
                    message.getSubject(), String.valueOf(message.getSentDate()), message.getMessageID(), readableText(message),
                    receivedAt.toString());
        } catch (MessagingException | IOException e) {
            return new CaughtMail(List.of(), "", "(unreadable message: " + e.getMessage() + ")", "", "", "", receivedAt.toString());
        }
    }

    /** The plain-text part of a multipart mail, or the whole body of a single-part one. */
    private static String readableText(MimeMessage message) throws MessagingException, IOException {
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
            }
        }
        return GreenMailUtil.getBody(message);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private void serveJson(HttpExchange exchange) throws IOException {
        respond(exchange, "application/json", json.writeValueAsBytes(messages()));
    }

    private void servePage(HttpExchange exchange) throws IOException {
        List<CaughtMail> mails = new ArrayList<>(messages());
        java.util.Collections.reverse(mails);
        StringBuilder page = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>Sent mail</title>
                <meta http-equiv="refresh" content="5">
                <style>body{font-family:sans-serif;margin:2em}details{border:1px solid #ccc;margin:.5em 0;padding:.5em}
                pre{white-space:pre-wrap}</style></head><body>
                """);
        page.append("<h1>Mail sent by the warranty services (").append(mails.size()).append(")</h1>")
                .append("<p>Newest first; refreshes every 5 s. JSON: <a href=\"/api/messages\">/api/messages</a></p>");
        for (CaughtMail mail : mails) {
            page.append("<details><summary><b>").append(escape(mail.subject())).append("</b> — to ")
                    .append(escape(String.join(", ", mail.to()))).append(" — ").append(escape(mail.sentAt()))
                    .append("</summary><pre>").append(escape(mail.body())).append("</pre></details>");
        }
        page.append("</body></html>");
        respond(exchange, "text/html; charset=utf-8", page.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        Map<Character, String> entities = new LinkedHashMap<>();
        entities.put('&', "&amp;");
        entities.put('<', "&lt;");
        entities.put('>', "&gt;");
        entities.put('"', "&quot;");
        return text == null ? "" : text.chars()
                .mapToObj(c -> entities.getOrDefault((char) c, String.valueOf((char) c)))
                .collect(Collectors.joining());
    }
}
