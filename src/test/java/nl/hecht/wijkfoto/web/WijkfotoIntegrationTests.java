package nl.hecht.wijkfoto.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.AreaBasis;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.NetworkManagement;
import nl.hecht.network.internal.network.NetworkProfile;
import nl.hecht.network.internal.region.RegionManagement;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.wijkfoto.internal.WijkfotoPage;
import nl.hecht.wijkfoto.internal.Wijkfotos;

/**
 * Who sees and changes the wijkfoto of a demo network, on the whole path (policy, use case, page): its members see it,
 * only its coordinator and the RESV of its region change it, an outsider and another region's people get 404, a
 * client 403; and what the demo data put there (notes, target groups, imported figures, a supply gap) shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WijkfotoIntegrationTests {

    private static final String OOST = "Wijkverband Oost";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    NetworkManagement networks;
    @Autowired
    RegionManagement regions;
    @Autowired
    Wijkfotos wijkfotos;

    @Test
    void membersAndTheRegionSeeItAndOutsidersGet404() throws Exception {
        String path = "/networks/" + oost().id() + "/wijkfoto";
        for (String username : List.of("coordinator", "nurse", "socialworker", "resv", "admin")) {
            String html = mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(username).contains("Wijkfoto van Wijkverband Oost", "Wie wonen er",
                    "Wat we zien in de wijk", "Ouderen die alleen wonen", "Huishoudens met schulden");
        }
        mvc.perform(get(path).with(as("pharmacist"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(stranger(Role.PROFESSIONAL, Role.COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(stranger(Role.RESV_STAFF))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/" + NetworkId.random() + "/wijkfoto").with(as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherRegionsNetworkIs404ForThisRegionsStaffAndCoordinator() throws Exception {
        RegionId elsewhere = regions.create("Regio Elders", List.of(new MunicipalityCode("GM9998")));
        NetworkId there = networks.create(elsewhere, NetworkProfile.core("Wijkverband Elders"),
                AreaBasis.NEIGHBOURHOODS, null);
        String path = "/networks/" + there + "/wijkfoto";
        mvc.perform(get(path).with(as("resv"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/notes").param("text", "hier").with(as("resv")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void onlyTheCoordinatorAndTheRegionChangeIt() throws Exception {
        NetworkSummary oost = oost();
        String path = "/networks/" + oost.id() + "/wijkfoto";
        mvc.perform(post(path + "/notes").param("text", "Een lid schrijft").with(as("nurse")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/target-groups").param("name", "Jongeren").param("reason", "Veel 15-24")
                .with(as("nurse")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/notes").param("text", "De coördinator schrijft <b>dit</b>").with(as("coordinator"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/target-groups").param("name", "Jongeren").param("reason", "Veel 15-24")
                .with(as("resv")).with(csrf())).andExpect(status().is3xxRedirection());
        String html = mvc.perform(get(path).with(as("nurse"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("De coördinator schrijft &lt;b&gt;dit&lt;/b&gt;", "Jongeren")
                .doesNotContain("<b>dit</b>")
                .doesNotContain("/wijkfoto/notes\"");
        assertThat(mvc.perform(get(path).with(as("coordinator"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/wijkfoto/notes\"");
    }

    @Test
    void aBlankTargetGroupIsShownAgainWithItsMessage() throws Exception {
        String html = mvc.perform(post("/networks/" + oost().id() + "/wijkfoto/target-groups").param("name", " ")
                .param("reason", "omdat").with(as("coordinator")).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Vul de doelgroep in.", "omdat");
    }

    @Test
    void aBadFileIsRefusedWholeWithItsLineNumbers() throws Exception {
        NetworkSummary oost = oost();
        int before = wijkfotos.wijkfoto(user("coordinator"), oost.id()).imported().size();
        String code = networks.serviceArea(oost.id()).iterator().next().value();
        String csv = "buurtcode;indicator;waarde;jaar;bron\n" + code + ";Goed;1;2025;Gemeente\n"
                + "BU00000000;Buiten;1;2025;Gemeente\n" + code + ";Fout;veel;25;Gemeente\n";
        String html = mvc.perform(multipart("/networks/" + oost.id() + "/wijkfoto/figures")
                .file(new MockMultipartFile("file", "cijfers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as("coordinator")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Er is niets ingelezen", "Regel 3: De buurt BU00000000 hoort niet bij",
                "Regel 4: „veel&quot; is geen getal", "Regel 4: „25&quot; is geen jaar");
        assertThat(wijkfotos.wijkfoto(user("coordinator"), oost.id()).imported()).hasSize(before);

        mvc.perform(multipart("/networks/" + oost.id() + "/wijkfoto/figures")
                .file(new MockMultipartFile("file", "cijfers.csv", "text/csv",
                        ("buurtcode;indicator;waarde;jaar;bron\n" + code + ";Goed;1,5;2025;Gemeente\n")
                                .getBytes(StandardCharsets.UTF_8)))
                .with(as("coordinator")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(wijkfotos.wijkfoto(user("coordinator"), oost.id()).imported()).hasSize(before + 1);
    }

    @Test
    void theDemoNetworksShowASupplyGapAndEachNeighbourhoodHasItsPage() throws Exception {
        NetworkSummary oost = oost();
        WijkfotoPage page = wijkfotos.wijkfoto(user("coordinator"), oost.id());
        assertThat(page.totals().areaInhabitants()).isPositive();
        assertThat(page.groups()).extracting(WijkfotoPage.ChartGroup::id).contains("ages", "wmo", "gp");
        assertThat(page.supply()).isNotEmpty();
        assertThat(page.gaps()).as("Oost has a real gap in the supply of the sociale kaart").isNotEmpty();
        assertThat(page.targetGroups()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.notes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.imported()).isNotEmpty();
        assertThat(page.canEdit()).isTrue();

        WijkfotoPage.Place first = page.neighbourhoods().get(0);
        String html = mvc.perform(get("/networks/" + oost.id() + "/wijkfoto/neighbourhoods/" + first.code())
                .with(as("nurse"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(first.name());
        mvc.perform(get("/networks/" + oost.id() + "/wijkfoto/neighbourhoods/BU00000000").with(as("nurse")))
                .andExpect(status().isNotFound());
    }

    private NetworkSummary oost() {
        RegionId region = regions.all().stream().filter(r -> r.name().equals("Regio Voorbeeld")).findFirst()
                .orElseThrow().id();
        return networks.inRegion(region).stream().filter(n -> n.name().equals(OOST)).findFirst().orElseThrow();
    }

    private CurrentUser user(String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.organisation(),
                account.discipline(), account.roles());
    }

    private RequestPostProcessor as(String username) {
        return as(user(username));
    }

    private static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    private static RequestPostProcessor stranger(Role... roles) {
        return as(new CurrentUser(AccountId.random(), "stranger", "Iemand Anders", null, null, Set.of(roles)));
    }
}
