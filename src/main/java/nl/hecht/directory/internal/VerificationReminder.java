package nl.hecht.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.shared.Today;

/**
 * Reminds the owners of entries not verified for twelve months (R090): once a day (cron
 * {@code hecht.directory.reminder-cron}) it marks each such entry as reminded and e-mails each owning organisation's
 * staff the number of their entries to check, with a link to the maintenance overview: no names, no entry details.
 * An entry is reminded again only after {@link #AGAIN_AFTER} unless it is verified meanwhile. Safe on several
 * nodes: each entry is claimed with a conditional update that only one node wins, so no entry is mailed twice.
 * Without SMTP ({@code spring.mail.host}) entries are still marked and the overview shows them.
 */
@Component
public class VerificationReminder {

    /** An entry is reminded at most once in this period. */
    public static final Duration AGAIN_AFTER = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(VerificationReminder.class);

    private final ServiceRepository services;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    VerificationReminder(ServiceRepository services, Accounts accounts, ObjectProvider<JavaMailSender> mailSender,
            org.springframework.transaction.PlatformTransactionManager transactions, Clock clock, @Value("${hecht.base-url}") String baseUrl,
            @Value("${hecht.mail.from}") String from) {
        this.services = services;
        this.accounts = accounts;
        this.mailSender = mailSender;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @Scheduled(cron = "${hecht.directory.reminder-cron:0 30 6 * * *}", zone = "Europe/Amsterdam")
    void daily() {
        remind();
    }

    /** Claims the due entries and mails their organisations' staff; returns how many entries this run reminded. */
    public Result remind() {
        Instant now = clock.instant();
        LocalDate dueBefore = Today.in(clock).minusMonths(ServiceEntry.VERIFY_MONTHS);
        Instant remindedBefore = now.minus(AGAIN_AFTER);
        Map<UUID, Integer> perOrganisation = new HashMap<>();
        Map<UUID, Set<AccountId>> staff = new HashMap<>();
        int claimed = 0;
        for (UUID id : services.findDueForReminder(dueBefore, remindedBefore)) {
            // one short transaction per entry: the conditional update decides which node reminds it
            Boolean won = transactions.execute(status -> {
                if (services.claimReminder(id, dueBefore, remindedBefore, now) != 1) {
                    return false;
                }
                services.findById(id).ifPresent(entry -> {
                    UUID organisation = entry.organisation().id().value();
                    perOrganisation.merge(organisation, 1, Integer::sum);
                    staff.computeIfAbsent(organisation, key -> entry.organisation().staff());
                });
                return true;
            });
            if (Boolean.TRUE.equals(won)) {
                claimed++;
            }
        }
        int mails = 0;
        for (Map.Entry<UUID, Integer> organisation : perOrganisation.entrySet()) {
            Set<AccountId> people = staff.getOrDefault(organisation.getKey(), Set.of());
            if (people.isEmpty()) {
                continue;
            }
            for (AccountSummary person : accounts.findAll(people).values()) {
                if (person.active() && person.email() != null && send(person.email(), organisation.getValue())) {
                    mails++;
                }
            }
        }
        if (claimed > 0) {
            log.info("Verification reminder: {} entries of {} organisations reminded, {} mails sent", claimed,
                    perOrganisation.size(), mails);
        }
        return new Result(claimed, mails);
    }

    private boolean send(String to, int count) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        String link = baseUrl + "/directory/maintenance";
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Sociale kaart: controleer uw vermeldingen / Social map: please check your entries");
        message.setText("""
                %d vermelding(en) van uw organisatie op de sociale kaart zijn al twaalf maanden niet gecontroleerd.
                Kijk ze na en klik op "Nog steeds juist" of pas ze aan:
                %s

                %d entry/entries of your organisation on the social map have not been checked for twelve months.
                Please review them and click "Still correct" or change them:
                %s
                """.formatted(count, link, count, link));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Verification reminder mail could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** What one run did: entries reminded, mails sent. */
    public record Result(int reminded, int mails) {
    }

}
