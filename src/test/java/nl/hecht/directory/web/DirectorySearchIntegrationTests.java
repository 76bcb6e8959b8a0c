package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The search screens of the sociale kaart over HTTP (R071–R073, R245–R247): filters as query
 * parameters, facet counts, the htmx partial and the map's JSON; the public directory shows only public entries and no
 * staff-only fields, answers 404 for a non-public or unknown entry and 429 past the rate limit; a client is sent to the
 * public directory; wrong parameters still give a page. Entries carry a word unique to the test (committed: the index
 * is written at commit), so demo data and other tests do not disturb the counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectorySearchIntegrationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    SocialMap socialMap;
    @Autowired
    Organisations organisations;

    private String tag;
    private String postalCode;
    private OrganisationId organisation;
    private ServiceId debt;
    private ServiceId budgetCoach;
    private ServiceId coffee;
    private ServiceId counter;
    /** Each test its own client address, so the public directory's rate limit counts only that test. */
    private String clientAddress;

    @BeforeEach
    void entries() {
        tag = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int n = ADDRESSES.getAndIncrement();
        clientAddress = "10.77." + (n / 250) + "." + (n % 250 + 1);
        postalCode = "99" + (10 + n % 90) + " ZQ";
        organisation = organisations.register(new NewOrganisation("Organisatie " + tag, OrganisationType.WELFARE, null,
                null, null));
        LocationId nearby = socialMap.addLocation(organisation, new LocationDetails("Buurthuis " + tag,
                "Kerkstraat 1", postalCode, "Voorbeeldstad", null, 52.0101, 5.0101, true, null));
        LocationId faraway = socialMap.addLocation(organisation, new LocationDetails("Dorpshuis " + tag,
                "Dorpsstraat 9", "9998 ZZ", "Maasheuvel", null, 52.3001, 5.4001, false, null));
        debt = register(EntryKind.SERVICE, "Schuldhulpverlening " + tag, "schuldhulpverlening", Referral.SELF_REFERRAL, 0,
                nearby, "BU99010101", true);
        budgetCoach = register(EntryKind.SERVICE, "Budgetcoach " + tag, "schuldhulpverlening", Referral.REFERRAL, 30,
                faraway, "BU99020101", false);
        coffee = register(EntryKind.INITIATIVE, "Koffieochtend " + tag, "ontmoeting", Referral.SELF_REFERRAL, null,
                nearby, "BU99010101", true);
        counter = register(EntryKind.ACCESS_POINT, "Wmo-loket " + tag, "wmo-loket", Referral.SELF_REFERRAL, 0, faraway,
                "BU99020101", true);
    }

    private ServiceId register(EntryKind kind, String name, String category, Referral access, Integer waitingDays,
            LocationId location, String neighbourhood, boolean isPublic) {
        return socialMap.register(organisation, new ServiceDetails(kind, name, "Hulp in de wijk " + tag, category,
                Set.of("geldzorgen"), "Voor iedereen in de wijk.", access, access == Referral.REFERRAL ? "huisarts" : null,
                "gratis", Set.of("nl"), "030 123 4567", null, null, "Contactpersoon Verborgen" + tag,
                "Trekker Verborgen" + tag, waitingDays, Set.of(new NeighbourhoodCode(neighbourhood)),
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), Set.of(location),
                isPublic, true), null);
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

    /** A request for the address as a browser sends it (already encoded: %20 is a space). */
    private static MockHttpServletRequestBuilder at(String uri) {
        return get(URI.create(uri));
    }

    private RequestPostProcessor fromClient() {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn();
        return result.getResponse().getContentAsString();
    }

    private String staff(String query) throws Exception {
        return body(at("/directory?" + query).with(as("socialworker")), 200);
    }

    private String anonymous(String path) throws Exception {
        return body(at(path).with(fromClient()), 200);
    }

    @Test
    void aProfessionalFindsTheDebtCounsellingEntriesAndTheirFacts() throws Exception {
        // by its name, and the budget coach by its category "Schuldhulpverlening en geldzaken"
        assertThat(staff("q=schuldhulp%20" + tag)).contains("Schuldhulpverlening " + tag, "Budgetcoach " + tag,
                "2 resultaten").doesNotContain("Koffieochtend " + tag);
        String page = staff("q=" + tag + "&category=schuldhulpverlening");
        assertThat(page).contains("Schuldhulpverlening " + tag, "Budgetcoach " + tag, "2 resultaten",
                "Schuldhulpverlening en geldzaken (2)", "/directory/entries/" + debt, "/directory/entries/" + budgetCoach,
                "zonder wachttijd", "wachttijd ongeveer 30 dagen", "zelf aanmelden", "verwijzing nodig",
                "Kerkstraat 1", "Organisatie " + tag)
                .doesNotContain("Koffieochtend " + tag);
        assertThat(staff("q=" + tag)).contains("Sociaal domein (2)", "Alles in Sociaal domein (2)", "dienst (2)",
                "initiatief uit de wijk (1)", "toegangspoort (1)", "Zonder wachttijd (2)");
    }

    @Test
    void everyFilterIsAQueryParameter() throws Exception {
        assertThat(staff("q=" + tag + "&nowait=true")).contains("Schuldhulpverlening " + tag, "Wmo-loket " + tag)
                .doesNotContain("Budgetcoach " + tag, "Koffieochtend " + tag);
        assertThat(staff("q=" + tag + "&neighbourhood=BU99010101")).contains("Schuldhulpverlening " + tag,
                "Koffieochtend " + tag).doesNotContain("Budgetcoach " + tag, "Wmo-loket " + tag);
        assertThat(staff("q=" + tag + "&neighbourhood=BU99010101&nowait=true")).contains("1 resultaat",
                "Schuldhulpverlening " + tag);
        assertThat(staff("q=" + tag + "&category=sociale-basis")).contains("Koffieochtend " + tag)
                .doesNotContain("Schuldhulpverlening " + tag);
        assertThat(staff("q=" + tag + "&kind=ACCESS_POINT")).contains("Wmo-loket " + tag)
                .doesNotContain("Schuldhulpverlening " + tag);
        assertThat(staff("q=" + tag + "&self=true")).doesNotContain("Budgetcoach " + tag)
                .contains("Schuldhulpverlening " + tag);
        assertThat(staff("q=" + tag + "&group=geldzorgen")).contains("4 resultaten");
    }

    @Test
    void aPostalCodeAndARadiusLimitTheDistanceAndSortByIt() throws Exception {
        String page = staff("q=" + tag + "&near=" + postalCode.replace(" ", "") + "&radius=5&sort=distance");
        assertThat(page).contains("Schuldhulpverlening " + tag, "Koffieochtend " + tag, "0,0 km hiervandaan")
                .doesNotContain("Budgetcoach " + tag, "Wmo-loket " + tag);
        assertThat(staff("q=" + tag + "&near=Nergenshuizen&radius=5")).contains("We konden Nergenshuizen niet vinden",
                "4 resultaten");
        assertThat(staff("q=" + tag + "&lat=52.3&lon=5.4&radius=2")).contains("Budgetcoach " + tag)
                .doesNotContain("Schuldhulpverlening " + tag);
    }

    @Test
    void aPlaceWithoutAChosenOrderSortsNearestFirst() throws Exception {
        for (String sort : List.of("", "&sort=")) {
            String page = staff("q=" + tag + "&near=" + postalCode.replace(" ", "") + sort);
            java.util.regex.Matcher distance = java.util.regex.Pattern.compile("(\\d+,\\d) km hiervandaan")
                    .matcher(page);
            List<Double> distances = new java.util.ArrayList<>();
            while (distance.find()) {
                distances.add(Double.parseDouble(distance.group(1).replace(',', '.')));
            }
            assertThat(distances).as("distances in the order shown").hasSizeGreaterThanOrEqualTo(2).isSorted();
            assertThat(distances.get(distances.size() - 1)).as("near and far results").isGreaterThan(distances.get(0));
            assertThat(page).contains("<option value=\"\" selected=\"selected\">Standaard: dichtbij eerst");
        }
    }

    @Test
    void theLivePartialAndTheMapUseTheSameQuery() throws Exception {
        MvcResult partial = mvc.perform(at("/directory/results?q=" + tag + "%20hulp&category=schuldhulpverlening")
                .with(as("socialworker"))).andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/directory?q=" + tag + "+hulp&category=schuldhulpverlening"))
                .andReturn();
        assertThat(partial.getResponse().getContentAsString()).contains("hx-swap-oob", "2 resultaten",
                "Budgetcoach " + tag).doesNotContain("<html");
        String map = body(at("/directory/map.json?q=" + tag + "&category=schuldhulpverlening").with(as("socialworker")),
                200);
        assertThat(map).contains("\"total\":2", "\"url\":\"/directory/entries/" + debt + "\"", "\"lat\":52.0101",
                "Budgetcoach " + tag);
        assertThat(staff("q=" + tag + "&view=map")).contains("id=\"directory-map\"",
                "/directory/map.json?q=" + tag);
    }

    @Test
    void wrongParametersStillGiveAPage() throws Exception {
        for (String query : List.of("radius=abc", "page=-1", "page=abc", "page=99999999999", "sort=nonsense",
                "kind=NOPE", "neighbourhood=xyz", "lat=999&lon=abc", "category=bestaat-niet", "network=abc",
                "open=maybe", "near=%3Cscript%3E", "q=%22unbalanced+(", "view=weird")) {
            assertThat(staff(query + "&q=" + tag)).as(query).contains("Sociale kaart");
            assertThat(anonymous("/public/directory?" + query)).as(query).contains("Hulp in de wijk");
        }
        assertThat(staff("q=" + tag + "&radius=abc&page=-1")).contains("4 resultaten");
    }

    @Test
    void thePublicDirectoryShowsOnlyPublicEntries() throws Exception {
        String page = anonymous("/public/directory?q=" + tag);
        assertThat(page).contains("Schuldhulpverlening " + tag, "Koffieochtend " + tag, "Wmo-loket " + tag,
                "/public/directory/" + debt, "3 resultaten")
                .doesNotContain("Budgetcoach " + tag, "/directory/entries/", "Netwerk");
        assertThat(anonymous("/public/directory/results?q=" + tag)).doesNotContain("Budgetcoach " + tag);
        assertThat(anonymous("/public/directory/map.json?q=" + tag)).contains("\"total\":3")
                .doesNotContain("Budgetcoach " + tag, "/directory/entries/");
        assertThat(anonymous("/public/directory?q=" + tag + "&view=map")).contains("/public/directory/map.json");
    }

    @Test
    void thePublicEntryPageShowsNoStaffOnlyFields() throws Exception {
        String page = anonymous("/public/directory/" + debt);
        assertThat(page).contains("Schuldhulpverlening " + tag, "Hulp in de wijk " + tag, "030 123 4567",
                "Kerkstraat 1, " + postalCode + " Voorbeeldstad", "U kunt zich zelf aanmelden.", "Maandag van 09:00 tot 12:00")
                .doesNotContain("Contactpersoon Verborgen", "Trekker Verborgen", "Laatst", "geverifieerd");
    }

    @Test
    void aNonPublicOrUnknownEntryIsNotFound() throws Exception {
        for (String id : List.of(budgetCoach.toString(), UUID.randomUUID().toString(), "abc", "%20")) {
            String page = body(at("/public/directory/" + id).with(fromClient()), 404);
            assertThat(page).as(id).contains("Pagina niet gevonden").doesNotContain("Budgetcoach");
        }
    }

    @Test
    void pastTheRateLimitTheAnswerIs429WithRetryAfter() throws Exception {
        MvcResult limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            MvcResult result = mvc.perform(at("/public/directory/" + coffee).with(fromClient())).andReturn();
            if (result.getResponse().getStatus() == 429) {
                limited = result;
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
            }
        }
        assertThat(limited).as("no 429 after 200 requests").isNotNull();
        assertThat(Integer.parseInt(limited.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(limited.getResponse().getContentAsString()).contains("Even geduld", "Wacht een minuut",
                "Foutcode 429");
        ADDRESSES.incrementAndGet();
        String other = "10.78.0.1";
        mvc.perform(at("/public/directory/" + coffee).with(request -> {
            request.setRemoteAddr(other);
            return request;
        })).andExpect(status().isOk());
        mvc.perform(at("/directory?q=" + tag).with(as("socialworker")).with(fromClient())).andExpect(status().isOk());
    }

    @Test
    void aClientIsSentToThePublicDirectoryWithTheSameSearch() throws Exception {
        mvc.perform(at("/directory?q=schuld").with(as("client"))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/public/directory?q=schuld"));
        mvc.perform(at("/directory/results?q=schuld").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(at("/directory/map.json").with(as("client"))).andExpect(status().isForbidden());
    }

    @Test
    void withoutAnAccountTheStaffSearchAsksForALogin() throws Exception {
        mvc.perform(at("/directory")).andExpect(status().is3xxRedirection());
        assertThat(anonymous("/login")).contains("/public/directory", "Zoek hulp in de wijk zonder in te loggen");
    }

    @Test
    void staffSeeTheSocialMapInTheNavigation() throws Exception {
        assertThat(body(at("/").with(as("socialworker")), 200)).contains("href=\"/directory\"");
        assertThat(body(at("/").with(as("client")), 200)).doesNotContain("href=\"/directory\"");
        assertThat(staff("q=" + tag)).contains("Sociale kaart").doesNotContain("Set.of").contains(
                tag).satisfies(html -> assertThat(
                        List.of(debt, coffee, counter).stream().map(id -> "/directory/entries/" + id)
                                .collect(Collectors.toList())).allMatch(html::contains));
    }
}
