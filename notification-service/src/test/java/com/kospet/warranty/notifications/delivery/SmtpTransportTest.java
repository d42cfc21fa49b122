package com.kospet.warranty.notifications.delivery;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed attempts may still have delivered the mail, so that their retry is flagged. */
class SmtpTransportTest {

    @Test
    void aConnectionNeverMadeSurelyDeliveredNothing() {
        assertThat(SmtpTransport.surelyNotAccepted(new ConnectException("Connection refused"))).isTrue();
        assertThat(SmtpTransport.surelyNotAccepted(new ConnectTimeoutException("connection timed out"))).isTrue();
    }

    @Test
    void anErrorAnswerFromTheServerIsARefusal() {
        SMTPException refused = new SMTPException("451 try again later", 451, List.of("451 try again later"), false);
        assertThat(SmtpTransport.surelyNotAccepted(new RuntimeException(refused))).isTrue();
    }

    @Test
    void aConnectionLostOrSilentMidExchangeMayHaveDeliveredTheMail() {
        assertThat(SmtpTransport.surelyNotAccepted(new IOException("socket was closed unexpected."))).isFalse();
        assertThat(SmtpTransport.surelyNotAccepted(new IOException("Connection reset by peer"))).isFalse();
    }
}
