package nl.hecht.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.shared.MutableClock;

/**
 * Entries not verified for twelve months are flagged and their owners reminded (R090): once, by a mail to
 * the organisation's staff with a count and a link but no names or entry details, not again within 30 days, and
 * again after that unless verified; the conditional claim lets only one run (or node) remind an entry.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "hecht.base-url=https://hecht.example/",
        "hecht.mail.from=hecht@resv.example" })
class VerificationReminderIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    VerificationReminder reminder;
    @Autowired
    SocialMap socialMap;
    @Autowired
    Organisations organisations;
    @Autowired
    OrganisationRepository organisationRepository;
    @Autowired
    ServiceRepository services;
    @Autowired
    Accounts accounts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void ownersAreRemindedOnceAMonthWithACountAndALinkOnly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationId owner = organisations.register(new NewOrganisation("Buurtkracht " + tag,
                OrganisationType.COMMUNITY, null, null, null));
        // an account that is staff of no demo organisation, so only this test's entries concern it
        AccountSummary staffMember = accounts.findByUsername("admin").orElseThrow();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                status -> organisationRepository.findById(owner.value()).orElseThrow().addStaff(staffMember.id()));
        ServiceId first = socialMap.register(owner, details("Repaircafé " + tag), staffMember.id());
        ServiceId second = socialMap.register(owner, details("Buurtmaaltijd " + tag), staffMember.id());
        assertThat(socialMap.find(first).orElseThrow().verificationDue()).isFalse();

        MutableClock.shared().advance(Duration.ofDays(396));
        assertThat(socialMap.find(first).orElseThrow().verificationDue()).isTrue();
        reminder.remind();

        assertThat(services.findById(first.value()).orElseThrow().remindedAt()).isNotNull();
        List<MimeMessage> mine = mailsTo(staffMember.email());
        assertThat(mine).hasSize(1);
        String body = GreenMailUtil.getBody(mine.get(0)).replace("=\r\n", "").replace("=\n", "");
        assertThat(body).contains("https://hecht.example/directory/maintenance").containsPattern("\\d+ vermelding");
        assertThat(mine.get(0).getSubject() + body).doesNotContain("Repaircaf", "Buurtmaaltijd", "Buurtkracht",
                staffMember.displayName());

        // not again within 30 days, and a verified entry not at all
        MutableClock.shared().advance(Duration.ofDays(10));
        var again = reminder.remind();
        assertThat(mailsTo(staffMember.email())).hasSize(1);
        assertThat(again.reminded()).isZero();
        socialMap.verify(second, staffMember.id());
        assertThat(services.findById(second.value()).orElseThrow().remindedAt()).isNull();

        MutableClock.shared().advance(Duration.ofDays(21));
        reminder.remind();
        List<MimeMessage> later = mailsTo(staffMember.email());
        assertThat(later).hasSize(2);
        assertThat(GreenMailUtil.getBody(later.get(1))).contains("1 vermelding");
        assertThat(services.findById(second.value()).orElseThrow().remindedAt()).isNull();
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static ServiceDetails details(String name) {
        return new ServiceDetails(EntryKind.INITIATIVE, name, null, "ontmoeting", Set.of(), null, Referral.SELF_REFERRAL,
                null, null, Set.of(), null, null, null, null, null, null, Set.of(), List.of(), Set.of(), true, true);
    }
}
