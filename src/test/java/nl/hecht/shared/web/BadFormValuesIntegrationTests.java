package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import nl.hecht.directory.Organisation;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.SocialMap;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;

/**
 * Values no form offers (an unknown choice, a word where a number or an id belongs, a row number far beyond the rows
 * shown, control characters, far too long text), posted to every form as a person who may use it: the form comes back
 * (200) with a Dutch message at the field and what else was typed, never a 500 or a page cut off halfway.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BadFormValuesIntegrationTests {

    /** Something typed beside the bad value, that must come back in the form. */
    private static final String KEPT = "Teruggezet Gegeven";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Regions regions;
    @Autowired
    Networks networks;
    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;

    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void lookUpTheDemoData() {
        RegionSummary region = regions.all().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst()
                .orElseThrow();
        NetworkSummary oost = networks.inRegion(region.id()).stream()
                .filter(n -> n.name().equals("Wijkverband Oost")).findFirst().orElseThrow();
        ids.put("{region}", region.id().toString());
        ids.put("{oost}", oost.id().toString());
        ids.put("{practice}", organisations.findByName("Huisartsenpraktijk De Linde").orElseThrow().id().toString());
        ids.put("{nurse}", accounts.findByUsername("nurse").orElseThrow().id().value().toString());
        Organisation withEntries = organisations.all().stream()
                .filter(o -> !socialMap.ofOrganisation(o.id()).isEmpty()).findFirst().orElseThrow();
        ids.put("{organisation}", withEntries.id().toString());
        ids.put("{entry}", socialMap.ofOrganisation(withEntries.id()).get(0).id().toString());
    }

    /** One bad value: who posts it where, the field that must carry the message and what was typed beside it. */
    record Case(String name, String user, String path, String field, String message, String kept,
            List<String> params) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, String user, String path, String field, String message, String... params) {
        return new Case(name, user, path, field, message, KEPT, List.of(params));
    }

    /** A bad value in a list: the message is above the form, as the list has no field of its own. */
    private static Case badRow(String name, String user, String path, String message, String... params) {
        return new Case(name, user, path, null, message, KEPT, List.of(params));
    }

    private static Case bad(String name, String user, String path, String field, String message, String kept,
            String[] params) {
        return new Case(name, user, path, field, message, kept, List.of(params));
    }

    private static final String CHOOSE = "Kies een van de mogelijkheden uit de lijst.";
    private static final String CHOOSE_ONLY = "Kies alleen uit de mogelijkheden in de lijst.";
    private static final String NUMBER = "Vul een heel getal in, alleen cijfers.";
    private static final String TOO_MANY_ROWS = "Dit formulier heeft hoogstens";
    private static final String CONTROL = "Deze tekst bevat een teken dat niet in een tekst hoort";

    static Stream<Arguments> badValues() {
        List<Case> cases = new ArrayList<>();
        cases.add(bad("network status BOGUS", "resv", "/networks/{oost}/status", "status", CHOOSE, "2026-01-05",
                new String[] {"status", "BOGUS", "since", "2026-01-05"}));
        cases.add(bad("network profile kind BOGUS", "resv", "/networks/{oost}/profile", "kind", CHOOSE,
                "name", KEPT, "kind", "BOGUS", "label", "HECHT_WIJKVERBAND", "coordinatorLabel", "COORDINATOR"));
        cases.add(bad("network profile theme BOGUS", "resv", "/networks/{oost}/profile", "theme", CHOOSE,
                "name", KEPT, "kind", "THEMATIC", "theme", "BOGUS", "label", "HECHT_WIJKVERBAND",
                "coordinatorLabel", "COORDINATOR"));
        cases.add(bad("new network kind BOGUS", "resv", "/regions/{region}/networks", "kind", CHOOSE,
                "name", KEPT, "kind", "BOGUS", "label", "HECHT_WIJKVERBAND", "coordinatorLabel", "COORDINATOR",
                "areaBasis", "NEIGHBOURHOODS"));
        cases.add(bad("analysis player kind BOGUS", "coordinator", "/networks/{oost}/analysis/players", "kind",
                "Kies de soort speler.", "kind", "BOGUS", "name", KEPT));
        cases.add(bad("session line kind BOGUS", "coordinator", "/networks/{oost}/analysis/sessions",
                "lines[0].kind", "Kies de soort lijn.", "heldOn", "2026-01-05", "municipality", KEPT, "lines[0].from", "x",
                "lines[0].to", "y", "lines[0].kind", "BOGUS"));
        cases.add(bad("session date abc", "coordinator", "/networks/{oost}/analysis/sessions", "heldOn",
                "Vul de datum in als dag-maand-jaar.", "heldOn", "abc", "municipality", KEPT));
        cases.add(badRow("session lines[99999]", "coordinator", "/networks/{oost}/analysis/sessions", TOO_MANY_ROWS, "heldOn", "2026-01-05", "municipality", KEPT, "lines[99999].note", "x"));
        cases.add(bad("charter model BOGUS", "coordinator", "/networks/{oost}/charter", "model", CHOOSE,
                "purpose", KEPT, "model", "BOGUS"));
        cases.add(badRow("charter links[abc]", "coordinator", "/networks/{oost}/charter", TOO_MANY_ROWS,
                "purpose", KEPT, "links[abc].title", "x"));
        cases.add(bad("charter phase BOGUS", "coordinator", "/networks/{oost}/charter", "phase", CHOOSE,
                "purpose", KEPT, "phase", "BOGUS"));
        cases.add(bad("charter domains BOGUS", "coordinator", "/networks/{oost}/charter", "domains", CHOOSE_ONLY,
                "purpose", KEPT, "domains", "GGZ", "domains", "BOGUS"));
        cases.add(badRow("charter commitments[99999]", "coordinator", "/networks/{oost}/charter", TOO_MANY_ROWS,
                "purpose", KEPT, "commitments[99999].partner", "x"));
        cases.add(bad("composition counted social function BOGUS", "coordinator",
                "/networks/{oost}/composition-settings", "countedSocialFunctions",
                "Alleen functies uit het sociaal domein kunnen meetellen", "socialDomainLinked", "true", "howLinked", KEPT,
                "countedSocialFunctions", "BOGUS"));
        // a form of choices only: the choices that were right stay chosen
        cases.add(bad("region staff role BOGUS", "resv", "/regions/{region}/staff", "role", CHOOSE,
                "value=\"GM9901\" selected", new String[] {"accountId", "{nurse}", "role", "BOGUS", "municipality", "GM9901"}));
        cases.add(bad("region staff account id abc", "resv", "/regions/{region}/staff", "accountId", CHOOSE,
                "value=\"AREA_MANAGER\" selected", new String[] {"accountId", "abc", "role", "AREA_MANAGER"}));
        cases.add(bad("stakeholder kind BOGUS", "resv", "/regions/{region}/stakeholders", "kind", CHOOSE,
                "kind", "BOGUS", "name", KEPT));
        cases.add(bad("stakeholder organisation id abc", "resv", "/regions/{region}/stakeholders", "organisationId",
                CHOOSE, "kind", "HEALTH_INSURER", "organisationId", "abc", "name", KEPT));
        // a number field (type=number) cannot show a word; the other field keeps its value
        cases.add(bad("size advice abc", "resv", "/regions/{region}/size-advice", "minInhabitants", NUMBER,
                "value=\"12000\"", new String[] {"minInhabitants", "abc", "maxInhabitants", "12000"}));
        cases.add(bad("inventory status BOGUS", "coordinator", "/regions/{region}/practices/{practice}/inventory",
                "rows[0].status", "Kies of de praktijk al, wel of nog niet samenwerkt.", "rows[0].providerName", KEPT, "rows[0].disciplineCode", "PHARMACIST",
                "rows[0].status", "BOGUS"));
        cases.add(bad("inventory provider id abc", "coordinator", "/regions/{region}/practices/{practice}/inventory",
                "rows[0].providerOrganisationId", "Kies een aanbieder uit de lijst.", "rows[0].providerOrganisationId", "abc",
                "rows[0].disciplineCode", "PHARMACIST", "rows[0].status", "WILL", "rows[0].bottleneck", KEPT));
        cases.add(badRow("inventory rows[99999]", "coordinator", "/regions/{region}/practices/{practice}/inventory",
                TOO_MANY_ROWS, "rows[0].providerName", KEPT, "rows[0].disciplineCode", "PHARMACIST",
                "rows[0].status", "WILL", "rows[99999].providerName", "x"));
        cases.add(badRow("entry hours[9999]", "admin", "/directory/entries/{entry}/edit", TOO_MANY_ROWS,
                "kind", "SERVICE", "name", KEPT, "categoryCode", "ontmoeting", "hours[9999].day", "MONDAY"));
        cases.add(bad("entry kind BOGUS", "admin", "/directory/entries/{entry}/edit", "kind", CHOOSE,
                "kind", "BOGUS", "name", KEPT, "categoryCode", "ontmoeting"));
        cases.add(bad("entry location id abc", "admin", "/directory/entries/{entry}/edit", "locations", CHOOSE_ONLY,
                "kind", "SERVICE", "name", KEPT, "categoryCode", "ontmoeting", "locations", "abc"));
        cases.add(bad("entry neighbourhood code <script>", "admin", "/directory/entries/{entry}/edit",
                "neighbourhoods", "Kies buurten uit de lijst.", "kind", "SERVICE", "name", KEPT, "categoryCode",
                "ontmoeting", "neighbourhoods", "<script>"));
        // a row number with no rows before it: the row becomes the first, with what was typed in it
        cases.add(new Case("entry hours[40] alone", "admin", "/directory/entries/{entry}/edit", null,
                "Vul bij openingstijden een dag in", "name=\"hours[0].opensAt\" value=\"negen uur\"",
                List.of("kind", "SERVICE", "name", KEPT, "categoryCode", "ontmoeting", "hours[40].day", "MONDAY",
                        "hours[40].opensAt", "negen uur")));
        cases.add(badRow("new entry hours[9999]", "admin", "/directory/organisations/{organisation}/entries/new",
                TOO_MANY_ROWS, "kind", "SERVICE", "name", KEPT, "categoryCode", "ontmoeting",
                "hours[9999].day", "MONDAY"));
        cases.add(bad("organisation listSize=abc", "admin", "/organisations/{organisation}", "listSize",
                "alleen cijfers", "name", KEPT, "type", "WELFARE", "listSize", "abc"));
        cases.add(bad("new organisation type BOGUS", "admin", "/organisations", "type", CHOOSE,
                "name", KEPT, "type", "BOGUS"));
        cases.add(bad("admin new account roles=BOGUS", "admin", "/admin/accounts", "roles",
                "Kies alleen rollen uit de lijst.", "username", "teruggezet", "displayName", KEPT,
                "email", "t@example.org", "roles", "BOGUS"));
        cases.add(bad("admin account edit roles=BOGUS", "admin", "/admin/accounts/{nurse}", "roles",
                "Kies alleen rollen uit de lijst.", "displayName", KEPT, "email", "t@example.org", "roles",
                "BOGUS"));
        cases.add(bad("new region minInhabitants abc", "admin", "/regions/new", "minInhabitants", NUMBER,
                "name", KEPT, "municipalities", "GM9901", "minInhabitants", "abc", "maxInhabitants", "12000"));
        cases.add(bad("new region municipalities[abc]", "admin", "/regions/new", "municipalities", TOO_MANY_ROWS,
                "name", KEPT, "municipalities[abc]", "GM9901", "minInhabitants", "4000", "maxInhabitants", "12000"));
        // control characters in names
        cases.add(bad("NUL in an organisation name", "admin", "/organisations", "name", CONTROL,
                "name", KEPT + "\u0000", "type", "WELFARE"));
        cases.add(bad("NUL in a network name", "resv", "/networks/{oost}/profile", "name", CONTROL,
                "name", KEPT + "\u0000", "kind", "CORE", "label", "HECHT_WIJKVERBAND",
                "coordinatorLabel", "COORDINATOR"));
        cases.add(bad("escape in a player name", "coordinator", "/networks/{oost}/analysis/players", "name", CONTROL,
                "kind", "KEY_FIGURE", "name", KEPT + "\u001b[31m"));
        cases.add(bad("NUL in an entry name", "admin", "/directory/entries/{entry}/edit", "name", CONTROL,
                "kind", "SERVICE", "name", KEPT + "\u0000", "categoryCode", "ontmoeting"));
        cases.add(bad("NUL in an account name", "admin", "/admin/accounts/{nurse}", "displayName", CONTROL,
                "displayName", KEPT + "\u0000", "email", "t@example.org", "roles", "PROFESSIONAL"));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void theFormComesBackWithADutchMessageAndWhatWasTyped(Case bad) throws Exception {
        MockHttpServletRequestBuilder request = post(resolve(bad.path())).with(as(bad.user())).with(csrf());
        for (int i = 0; i < bad.params().size(); i += 2) {
            request.param(bad.params().get(i), resolve(bad.params().get(i + 1)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String html = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(response.getStatus()).as("status of %s", bad.name()).isEqualTo(200);
        assertThat(html).as("the whole page").contains("</html>");
        if (bad.field() != null) {
            String errorId = bad.field().replace('[', '-').replace("]", "").replace('.', '-') + "-error";
            assertThat(html).as("a message at the field").contains("id=\"" + errorId + "\"");
        }
        assertThat(html).as("the Dutch message").contains(bad.message());
        assertThat(html).as("what was typed").contains(resolve(bad.kept()));
        assertThat(html).doesNotContain("Failed to convert", "java.lang", "Exception");
    }

    @org.junit.jupiter.api.Test
    void aTextPostedOutsideAFormRecordIsRefusedByTheDomainToo() throws Exception {
        mvc.perform(post(resolve("/networks/{oost}/size-justification")).with(as("resv")).with(csrf())
                .param("justification", "Klein\u0000maar fijn"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorMessage", "text.error.control-characters"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"category[99999]", "category[abc]", "category[",
            "group[1]]"})
    void aSearchIgnoresRowNumbersItCannotUse(String parameter) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/directory")
                        .param(parameter, "ontmoeting").param("q", "koffie\u0000"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("</html>");
    }

    private String resolve(String template) {
        String resolved = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private RequestPostProcessor as(String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
                account.organisation(), account.discipline(), account.roles());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
