package nl.hecht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Accounts;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.shared.TimeConfiguration;

/**
 * The core composition check (R006): the coordinator of the demo network without a pharmacist (Wijkverband Oost) adds
 * the demo pharmacist as the liaison for the pharmacists, and the composition flag disappears, on the network page and
 * in the RESV's coverage view; ending the membership brings the flag back (and leaves the demo data as the later tests
 * expect it). The pharmacist is linked by his Hecht account (its name taken over); the same account cannot be linked
 * twice.
 */
class NetworkMemberBrowserTests extends BrowserTest {

    private static final String OOST = "Wijkverband Oost";
    private static final String PHARMACIST = DemoUser.PHARMACIST.displayName;

    @Autowired
    NetworkManagement networks;

    @Autowired
    Clock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    /** Oost has no pharmacist in the demo data; a test that failed half-way must not leave one there. */
    @AfterEach
    void endThePharmacistsMembership() {
        NetworkId oost = demoNetwork(OOST).id();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        new TransactionTemplate(transactions).executeWithoutResult(status -> networks.network(oost).orElseThrow()
                .currentMembers(today).stream().filter(member -> member.personName().equals(PHARMACIST))
                .forEach(member -> networks.endMembership(oost, member.id(), today)));
    }

    @Test
    void theCoordinatorAddsThePharmacistAsLiaisonAndTheCompositionFlagDisappears() {
        loginAs(DemoUser.COORDINATOR);
        visit("/networks");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(OOST).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(OOST);
        Locator pharmacistSeat = page.locator("tr[data-expectation='SEAT:PHARMACIST']");
        assertThat(pharmacistSeat).hasAttribute("data-status", "MISSING");
        assertThat(pharmacistSeat).containsText("ontbreekt");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lid toevoegen")).click();
        assertThat(page.locator("h1")).hasText("Lid toevoegen");
        // linked to his Hecht account, the name left empty: the account's display name is used
        page.getByLabel("Hecht-account").selectOption(new SelectOption()
                .setLabel(PHARMACIST + ", Apotheek Het Plein, Apotheker"));
        assertThat(page.getByLabel("Hecht-account")).not().containsText(DemoUser.CLIENT.displayName);
        // choosing the account filled in its name, discipline and organisation
        assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).hasValue(PHARMACIST);
        assertThat(page.getByLabel("Discipline", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("PHARMACIST");
        assertThat(page.locator("#organisationId option:checked")).hasText("Apotheek Het Plein");
        page.getByLabel("aanspreekpunt voor de eigen discipline").check();
        page.getByLabel("Telefoon").fill("06-0000 4242");
        page.getByLabel("E-mail").fill("pharmacist@hecht-demo.invalid");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het lid is toegevoegd.");
        assertThat(pharmacistSeat).hasAttribute("data-status", "FILLED");
        assertThat(pharmacistSeat).containsText("aanwezig");
        assertThat(pharmacistSeat).containsText(PHARMACIST);
        assertThat(memberRow(PHARMACIST)).containsText("aanspreekpunt voor de eigen discipline");
        assertAccessible(page);
        NetworkId oost = demoNetwork(OOST).id();
        AccountId pharmacist = accounts.findByUsername(DemoUser.PHARMACIST.username).orElseThrow().id();
        boolean linked = networks.isMember(oost, pharmacist);
        org.assertj.core.api.Assertions.assertThat(linked).isTrue();

        // the same account a second time: refused at the field, with everything typed still there
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lid toevoegen")).click();
        page.getByLabel("Hecht-account").selectOption(new SelectOption()
                .setLabel(PHARMACIST + ", Apotheek Het Plein, Apotheker"));
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Pieter Bakker (tweede)");
        page.getByLabel("Discipline", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption()
                .setLabel("Apotheker"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#accountId-error")).containsText("al gekoppeld aan een ander lid van dit netwerk");
        assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Pieter Bakker (tweede)");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuleren")).click();

        // the RESV's coverage view no longer lists Oost among the networks with an incomplete composition
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        loginAs(DemoUser.RESV);
        visit(demoPath("/regions/{region}/coverage"));
        assertThat(page.locator("td[data-finding='composition']")).hasText("1");
        Locator composition = page.locator("#composition ~ .hecht-table-scroll table").first();
        assertThat(composition).not().containsText(OOST);

        // the RESV ends the membership again: the flag is back and the pharmacist is a former member
        visit(demoPath("/networks/{network:" + OOST + "}"));
        memberRow(PHARMACIST).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Lidmaatschap beëindigen")).click();
        // it asks first
        assertThat(page.locator("h1")).hasText("Weet u het zeker?");
        assertThat(page.locator("#confirmation-question")).containsText(PHARMACIST);
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, lidmaatschap beëindigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het lidmaatschap is beëindigd");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ongedaan maken"))).isVisible();
        assertThat(pharmacistSeat).hasAttribute("data-status", "MISSING");
        assertThat(memberRow(PHARMACIST)).hasCount(0);
        assertThat(page.locator("details").filter(new Locator.FilterOptions().setHasText("Eerdere leden")))
                .containsText(PHARMACIST);
    }

    private Locator memberRow(String name) {
        return page.locator("#members ~ .hecht-table-scroll table tbody tr").filter(new Locator.FilterOptions().setHasText(name));
    }
}
