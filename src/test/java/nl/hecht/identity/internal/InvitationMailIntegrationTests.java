package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import nl.hecht.identity.Role;

@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "hecht.base-url=https://hecht.example/",
        "hecht.mail.from=hecht@resv.example" })
class InvitationMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    AccountManagement accounts;

    @Test
    void theInvitationMailHoldsTheLinkButNoPersonalDetails() throws Exception {
        String username = "mila.mail-" + UUID.randomUUID().toString().substring(0, 8);
        AccountManagement.Invited invited = accounts.invite(username,
                new AccountDetails("Mila Mailtest", "mila@zorg.example", "Huisartsenpraktijk De Mail", "Huisarts"),
                Set.of(Role.PROFESSIONAL));

        assertThat(invited.mailed()).isTrue();
        assertThat(invited.link()).startsWith("https://hecht.example/invite/");
        MimeMessage[] received = MAIL.getReceivedMessagesForDomain("zorg.example");
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("mila@zorg.example");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("hecht@resv.example");
        assertThat(body).contains(invited.link());
        assertThat(mail.getSubject() + body).doesNotContain("Mila", "Mailtest", username, "De Mail", "Huisarts");
    }
}
