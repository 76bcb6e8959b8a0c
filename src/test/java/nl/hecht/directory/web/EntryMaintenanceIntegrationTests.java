package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.directory.internal.HistoryKind;
import nl.hecht.directory.internal.HistoryRecord;
import nl.hecht.directory.internal.SocialMapRegister;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Maintenance of the sociale kaart (R090, R072): who may read and edit which entry (organisation
 * staff their own organisation's, the coordinator of Wijkverband Oost those in its area, RESV staff all, clients
 * none), forms that keep what was typed, optimistic locking, and the change history. Each test makes its own
 * committed organisation and entries, in neighbourhoods of Wijkverband Oost and outside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EntryMaintenanceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    SocialMap socialMap;
    @Autowired
    SocialMapRegister register;
    @Autowired
    NetworkAreas networkAreas;

    private String tag;
    private OrganisationId own;
    private OrganisationId other;
    private ServiceId inOost;
    private ServiceId outside;
    private LocationId location;
    private String oostCode;
    private String outsideCode;

    @BeforeEach
    void entries() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        Set<NeighbourhoodCode> oost = networkAreas.networks().stream()
                .filter(network -> network.name().equals("Wijkverband Oost")).findFirst().orElseThrow()
                .neighbourhoods();
        oostCode = oost.iterator().next().value();
        Set<NeighbourhoodCode> elsewhere = new HashSet<>();
        networkAreas.networks().forEach(network -> elsewhere.addAll(network.neighbourhoods()));
        elsewhere.removeAll(oost);
        outsideCode = elsewhere.iterator().next().value();

        own = organisations.register(new NewOrganisation("Welzijn Onderhoud " + tag, OrganisationType.WELFARE, null,
                null, null));
        other = organisations.register(new NewOrganisation("Andere Stichting " + tag, OrganisationType.WELFARE, null,
                null, null));
        location = socialMap.addLocation(own, new LocationDetails("Buurthuis " + tag, "Kerkstraat 1", "9901 AA",
                "Voorbeeldstad", null, 52.0, 5.0, true, null));
        inOost = socialMap.register(own, details("Koffieochtend " + tag, oostCode), null);
        outside = socialMap.register(own, details("Maaltijd aan huis " + tag, outsideCode), null);
        // the staff: the social worker keeps "own", the nurse keeps "other"
        mvc.perform(post("/directory/organisations/{id}/staff", own).with(as("resv")).with(csrf())
                .param("accountId", account("socialworker").id().toString()))
                .andExpect(redirectedUrl("/directory/organisations/" + own + "/staff"));
        mvc.perform(post("/directory/organisations/{id}/staff", other).with(as("admin")).with(csrf())
                .param("accountId", account("nurse").id().toString()));
    }

    private ServiceDetails details(String name, String neighbourhood) {
        return new ServiceDetails(EntryKind.INITIATIVE, name, "Elke dinsdag.", "ontmoeting", Set.of("ouderen"), null,
                Referral.SELF_REFERRAL, null, "gratis", Set.of("nl"), null, null, null, null, "Mevrouw Trekker", 0,
                Set.of(new NeighbourhoodCode(neighbourhood)),
                List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))),
                Set.of(location), true, true);
    }

    private AccountSummary account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private RequestPostProcessor as(String username) {
        AccountSummary account = account(username);
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
                account.organisation(), account.discipline(), account.roles());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    private static String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    /** The edit form as sent, with the entry's current values and the given changes (name, value, ...). */
    private MockHttpServletRequestBuilder edit(ServiceId id, String user, String... changes) {
        var view = socialMap.find(id).orElseThrow();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", String.valueOf(register.versionOf(id)));
        fields.put("kind", view.details().kind().name());
        fields.put("name", view.details().name());
        fields.put("description", view.details().description());
        fields.put("categoryCode", view.details().categoryCode());
        fields.put("targetGroups", "ouderen");
        fields.put("access", "SELF_REFERRAL");
        fields.put("languages", "nl");
        fields.put("waitingDays", "0");
        fields.put("costs", view.details().costs());
        fields.put("organiser", "Mevrouw Trekker");
        fields.put("neighbourhoods", view.details().neighbourhoods().iterator().next().value());
        fields.put("locations", location.toString());
        fields.put("hours[0].day", "TUESDAY");
        fields.put("hours[0].opensAt", "10:00");
        fields.put("hours[0].closesAt", "12:00");
        fields.put("publicEntry", "true");
        fields.put("_publicEntry", "on");
        fields.put("active", "true");
        fields.put("_active", "on");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/directory/entries/{id}/edit", id).with(as(user)).with(csrf());
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private List<HistoryKind> kinds(ServiceId id) {
        return register.history(id).stream().map(HistoryRecord::kind).toList();
    }

    @Test
    void organisationStaffEditTheirOwnOrganisationsEntry() throws Exception {
        assertThat(body(mvc.perform(get("/directory/entries/{id}", inOost).with(as("socialworker")))
                .andExpect(status().isOk()).andExpect(view().name(EntryController.ENTRY_VIEW))))
                .contains("Koffieochtend " + tag, "Mevrouw Trekker", "/directory/entries/" + inOost + "/edit",
                        "Nog steeds juist");
        mvc.perform(get("/directory/entries/{id}/edit", inOost).with(as("socialworker"))).andExpect(status().isOk());

        mvc.perform(edit(inOost, "socialworker", "name", "Koffieochtend op dinsdag " + tag, "waitingDays", "7")).andExpect(redirectedUrl("/directory/entries/" + inOost))
                .andExpect(flash().attribute("flashMessage", "entry.changed"));

        var changed = socialMap.find(inOost).orElseThrow();
        assertThat(changed.details().name()).isEqualTo("Koffieochtend op dinsdag " + tag);
        assertThat(changed.details().waitingDays()).isEqualTo(7);
        assertThat(changed.lastVerifiedBy()).isEqualTo(account("socialworker").id());
        HistoryRecord last = register.history(inOost).get(0);
        assertThat(last.kind()).isEqualTo(HistoryKind.CHANGED);
        assertThat(last.by()).isEqualTo(account("socialworker").id());
        assertThat(last.changes()).extracting(HistoryRecord.FieldChange::field)
                .containsExactlyInAnyOrder("name", "waitingDays");
    }

    @Test
    void staffOfAnotherOrganisationMayReadButNotEditAndSeeNoForm() throws Exception {
        String html = body(mvc.perform(get("/directory/entries/{id}/edit", inOost).with(as("nurse")))
                .andExpect(status().isForbidden()));
        assertThat(html).doesNotContain("Koffieochtend " + tag, "Mevrouw Trekker");
        mvc.perform(edit(inOost, "nurse", "name", "Overgenomen")).andExpect(status().isForbidden());
        mvc.perform(post("/directory/entries/{id}/verify", inOost).with(as("nurse")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations/{id}/locations/new", own).with(as("nurse")))
                .andExpect(status().isForbidden());
        // a professional reads the entry, without the edit and verify buttons
        assertThat(body(mvc.perform(get("/directory/entries/{id}", inOost).with(as("nurse")))
                .andExpect(status().isOk()))).contains("Koffieochtend " + tag)
                .doesNotContain("/directory/entries/" + inOost + "/edit", "Nog steeds juist");
        assertThat(socialMap.find(inOost).orElseThrow().details().name()).isEqualTo("Koffieochtend " + tag);
        assertThat(kinds(inOost)).containsExactly(HistoryKind.IMPORTED);
    }

    @Test
    void theCoordinatorCuratesEntriesInWijkverbandOostsAreaOnly() throws Exception {
        mvc.perform(get("/directory/entries/{id}/edit", inOost).with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(edit(inOost, "coordinator", "costs", "1 euro"))
                .andExpect(redirectedUrl("/directory/entries/" + inOost));
        assertThat(socialMap.find(inOost).orElseThrow().details().costs()).isEqualTo("1 euro");

        mvc.perform(get("/directory/entries/{id}/edit", outside).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(edit(outside, "coordinator", "costs", "1 euro")).andExpect(status().isForbidden());
        mvc.perform(post("/directory/entries/{id}/verify", outside).with(as("coordinator")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(socialMap.find(outside).orElseThrow().details().costs()).isEqualTo("gratis");

        // the overview lists the entry in the area, not the one outside
        assertThat(body(mvc.perform(get("/directory/maintenance").with(as("coordinator"))).andExpect(status().isOk())))
                .contains("Koffieochtend " + tag).doesNotContain("Maaltijd aan huis " + tag);
    }

    @Test
    void resvStaffEditEverythingAndClientsNothing() throws Exception {
        mvc.perform(get("/directory/entries/{id}/edit", outside).with(as("resv"))).andExpect(status().isOk());
        for (String path : List.of("/directory/entries/" + inOost, "/directory/entries/" + inOost + "/edit",
                "/directory/entries/" + inOost + "/history", "/directory/maintenance",
                "/directory/organisations/" + own + "/locations")) {
            assertThat(body(mvc.perform(get(path).with(as("client"))).andExpect(status().isForbidden())))
                    .doesNotContain("Koffieochtend " + tag);
        }
        mvc.perform(get("/directory/organisations/{id}/staff", own).with(as("coordinator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownOrMalformedIdIsTheFriendly404() throws Exception {
        mvc.perform(get("/directory/entries/{id}", UUID.randomUUID()).with(as("resv"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/entries/{id}/edit", "geen-id").with(as("resv"))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/entries/{id}/history", UUID.randomUUID()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/organisations/{id}/locations/{l}/edit", other, location).with(as("resv")))
                .andExpect(status().isNotFound());
        String html = body(mvc.perform(post("/directory/entries/{id}/verify", UUID.randomUUID()).with(as("resv"))
                .with(csrf())).andExpect(status().isNotFound()));
        assertThat(html).doesNotContain("Exception", "at nl.hecht");
    }

    @Test
    void wrongInputComesBackAsTypedWithDutchMessagesAtTheFields() throws Exception {
        String html = body(mvc.perform(edit(inOost, "socialworker", "name", "Koffie met een nieuwe naam", "email", "geen-adres", "waitingDays", "een week", "hours[1].day", "MONDAY", "hours[1].opensAt", "negen uur", "hours[1].closesAt", "12:00"))
                .andExpect(status().isOk()).andExpect(view().name(EntryController.FORM_VIEW)));
        assertThat(html).contains("Niet alles is goed ingevuld", "id=\"waitingDays-error\"",
                "Vul de wachttijd in als aantal dagen", "value=\"een week\"", "value=\"negen uur\"",
                "value=\"Koffie met een nieuwe naam\"", "value=\"geen-adres\"");
        // once the numbers are right, the domain refuses the e-mail address, at its field
        html = body(mvc.perform(edit(inOost, "socialworker", "name", "Koffie met een nieuwe naam", "email", "geen-adres")).andExpect(status().isOk()));
        assertThat(html).contains("id=\"email-error\"", "Vul een geldig e-mailadres in", "value=\"geen-adres\"",
                "value=\"Koffie met een nieuwe naam\"");
        html = body(mvc.perform(edit(inOost, "socialworker", "hours[1].day", "TUESDAY", "hours[1].opensAt", "11:00", "hours[1].closesAt", "13:00")).andExpect(status().isOk()));
        assertThat(html).contains("Twee openingstijden op dezelfde dag overlappen elkaar", "value=\"13:00\"");
        assertThat(socialMap.find(inOost).orElseThrow().details().name()).isEqualTo("Koffieochtend " + tag);
    }

    @Test
    void addingAnHoursRowWithoutJavaScriptKeepsEverything() throws Exception {
        String html = body(mvc.perform(edit(inOost, "socialworker", "name", "Nog niet opgeslagen", "addRow", "1")).andExpect(status().isOk()));
        assertThat(html).contains("value=\"Nog niet opgeslagen\"", "name=\"hours[3].day\"");
        assertThat(socialMap.find(inOost).orElseThrow().details().name()).isEqualTo("Koffieochtend " + tag);
    }

    @Test
    void theSecondOfTwoSimultaneousEditsIsToldSomeoneElseChangedIt() throws Exception {
        Long before = register.versionOf(inOost);
        mvc.perform(edit(inOost, "socialworker", "costs", "2 euro"))
                .andExpect(redirectedUrl("/directory/entries/" + inOost));
        String html = body(mvc.perform(edit(inOost, "coordinator", "version", String.valueOf(before), "costs", "3 euro"))
                .andExpect(status().isOk()));
        assertThat(html).contains("Iemand anders heeft deze vermelding intussen gewijzigd", "value=\"3 euro\"");
        assertThat(socialMap.find(inOost).orElseThrow().details().costs()).isEqualTo("2 euro");
    }

    @Test
    void theHistoryRecordsCreatedChangedVerifiedAndImported() throws Exception {
        AccountSummary worker = account("socialworker");
        ServiceId created = socialMap.register(own, details("Wandelgroep " + tag, oostCode), worker.id());
        mvc.perform(edit(created, "coordinator", "name", "Wandelgroep De Stap " + tag))
                .andExpect(redirectedUrl("/directory/entries/" + created));
        mvc.perform(post("/directory/entries/{id}/verify", created).with(as("socialworker")).with(csrf()))
                .andExpect(redirectedUrl("/directory/entries/" + created))
                .andExpect(flash().attribute("flashMessage", "entry.verified"));
        socialMap.change(created, details("Wandelgroep De Stap " + tag, outsideCode), null);

        assertThat(kinds(created)).containsExactly(HistoryKind.IMPORTED, HistoryKind.VERIFIED, HistoryKind.CHANGED,
                HistoryKind.CREATED);
        String html = body(mvc.perform(get("/directory/entries/{id}/history", created).with(as("nurse")))
                .andExpect(status().isOk()).andExpect(view().name(EntryController.HISTORY_VIEW)));
        assertThat(html).contains("Toegevoegd", "Gewijzigd", "Gecontroleerd", "Geïmporteerd", worker.displayName(),
                "Carla de Vries", "Wandelgroep " + tag, "Wandelgroep De Stap " + tag, "een import", "Buurten");
    }

    @Test
    void newEntriesAndLocationsByStaffAndTheCoordinator() throws Exception {
        mvc.perform(get("/directory/organisations/{id}/entries/new", own).with(as("socialworker")))
                .andExpect(status().isOk());
        var result = mvc.perform(post("/directory/organisations/{id}/entries/new", own).with(as("socialworker"))
                .with(csrf()).param("kind", "ACCESS_POINT").param("name", "Informatiepunt " + tag)
                .param("categoryCode", "informatiepunt").param("access", "SELF_REFERRAL").param("languages", "nl")
                .param("phone", "0900 1234567").param("neighbourhoods", oostCode).param("active", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        ServiceId id = ServiceId.parse(result.getResponse().getRedirectedUrl().replace("/directory/entries/", ""));
        assertThat(socialMap.find(id).orElseThrow().details().kind()).isEqualTo(EntryKind.ACCESS_POINT);
        assertThat(kinds(id)).containsExactly(HistoryKind.CREATED);

        // a coordinator may add an entry in the network's area only
        assertThat(body(mvc.perform(post("/directory/organisations/{id}/entries/new", other).with(as("coordinator"))
                .with(csrf()).param("kind", "INITIATIVE").param("name", "Buurtmoestuin " + tag)
                .param("categoryCode", "bewonersinitiatief").param("neighbourhoods", outsideCode))
                .andExpect(status().isOk()))).contains("buiten het gebied van uw netwerk", "value=\"Buurtmoestuin " + tag + "\"");
        mvc.perform(post("/directory/organisations/{id}/entries/new", other).with(as("coordinator")).with(csrf())
                .param("kind", "INITIATIVE").param("name", "Buurtmoestuin " + tag)
                .param("categoryCode", "bewonersinitiatief").param("neighbourhoods", oostCode))
                .andExpect(status().is3xxRedirection());

        // locations: wrong postal code comes back as typed; a right one is saved
        assertThat(body(mvc.perform(post("/directory/organisations/{id}/locations/new", own).with(as("socialworker"))
                .with(csrf()).param("name", "Dorpshuis " + tag).param("postalCode", "99O1 AB").param("latitude", "52,1")
                .param("longitude", "5.1")).andExpect(status().isOk())))
                .contains("Vul een postcode in als 1234 AB", "value=\"99O1 AB\"", "value=\"Dorpshuis " + tag + "\"");
        mvc.perform(post("/directory/organisations/{id}/locations/new", own).with(as("socialworker")).with(csrf())
                .param("name", "Dorpshuis " + tag).param("postalCode", "9901ab").param("latitude", "52,1")
                .param("longitude", "5.1").param("neighbourhood", oostCode).param("wheelchairAccessible", "true"))
                .andExpect(redirectedUrl("/directory/organisations/" + own + "/locations"));
        var added = socialMap.locationsOf(own).stream().filter(l -> l.name().equals("Dorpshuis " + tag)).findFirst()
                .orElseThrow();
        assertThat(added.postalCode()).isEqualTo("9901 AB");
        assertThat(added.latitude()).isEqualTo(52.1);
        assertThat(added.wheelchairAccessible()).isTrue();
        assertThat(body(mvc.perform(get("/directory/maintenance").with(as("socialworker"))).andExpect(status().isOk())))
                .contains("Informatiepunt " + tag, "Maaltijd aan huis " + tag, "Welzijn Onderhoud " + tag);
    }
}
