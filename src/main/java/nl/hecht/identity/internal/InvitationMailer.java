package nl.hecht.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails the one-time link of an invitation when SMTP is configured ({@code spring.mail.host}). The mail holds
 * no personal details: only the link.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String baseUrl;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${hecht.base-url}") String baseUrl,
            @Value("${hecht.mail.from}") String from) {
        this.mailSender = mailSender;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    String linkFor(String token) {
        return baseUrl + "/invite/" + token;
    }

    boolean send(String to, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Uw account voor Hecht / Your Hecht account");
        message.setText("""
                U bent uitgenodigd voor Hecht. Stel uw wachtwoord in via deze link (drie dagen geldig, één keer te gebruiken):
                %s

                You have been invited to Hecht. Set your password with this link (valid for three days, once):
                %s
                """.formatted(link, link));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Invitation mail could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }
}
