package nl.hecht.wijkfoto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.SupplyEntry;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionId;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.wijkfoto.internal.FiguresCsv;
import nl.hecht.wijkfoto.internal.WijkfotoPage;
import nl.hecht.wijkfoto.internal.Wijkfotos;

/**
 * The wijkfoto on its own, with the modules it reads (network, area, directory, identity) as mocks: the page adds up
 * the key figures of the service area against the region and the country, counts the supply with its gaps, shows
 * what the network recorded and every {@link WijkfotoSection} another module adds. Each test rolls back.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@Transactional
class WijkfotoModuleTests {

    private static final NeighbourhoodCode A = new NeighbourhoodCode("BU99010101");
    private static final NeighbourhoodCode B = new NeighbourhoodCode("BU99010102");
    private static final NeighbourhoodCode C = new NeighbourhoodCode("BU99020101");
    private static final MunicipalityCode CITY = new MunicipalityCode("GM9901");
    private static final MunicipalityCode VILLAGES = new MunicipalityCode("GM9902");
    private static final NetworkId NETWORK = NetworkId.random();
    private static final RegionId REGION = RegionId.random();
    private static final CurrentUser ADMIN = new CurrentUser(AccountId.random(), "admin", "Ad Min", null, null,
            EnumSet.of(Role.ADMIN));

    @MockitoBean
    Networks networks;
    @MockitoBean
    Regions regions;
    @MockitoBean
    Areas areas;
    @MockitoBean
    SocialMap socialMap;
    @MockitoBean
    Accounts accounts;

    @Autowired
    Wijkfotos wijkfotos;
    @Autowired
    ApplicationContext context;

    @TestConfiguration
    static class AddedSection {

        @Bean
        WijkfotoSection monitoringSection() {
            return new WijkfotoSection() {
                @Override
                public int order() {
                    return 10;
                }

                @Override
                public String titleKey() {
                    return "monitoring.title";
                }

                @Override
                public String fragment() {
                    return "monitoring/wijkfoto :: section";
                }

                @Override
                public Map<String, Object> model(NetworkId network, Set<NeighbourhoodCode> neighbourhoods) {
                    return Map.of("neighbourhoods", neighbourhoods.size());
                }
            };
        }
    }

    @BeforeEach
    void aNetworkOfTwoNeighbourhoodsInARegionOfThree() {
        when(networks.find(NETWORK)).thenReturn(Optional.of(new NetworkSummary(NETWORK, REGION, "Wijkverband Test",
                NetworkKind.CORE, null, NetworkStatus.ACTIVE)));
        when(networks.serviceArea(NETWORK)).thenReturn(Set.of(A, B));
        when(regions.find(REGION)).thenReturn(Optional.of(new RegionSummary(REGION, "Regio Test", Set.of(CITY,
                VILLAGES))));
        when(areas.municipalities()).thenReturn(List.of());
        when(areas.neighbourhoods(any())).thenReturn(List.of(place(A, "Binnenstad"), place(B, "Vismarkt")));
        when(areas.neighbourhoodsIn(any())).thenReturn(List.of(place(A, "Binnenstad"), place(B, "Vismarkt"),
                place(C, "Maasdorp")));
        when(areas.latestKeyFiguresOfTheCountry()).thenReturn(Map.of(
                A, figures(1000, 300), B, figures(1000, 100), C, figures(8000, 800)));
        when(socialMap.terms(Vocabulary.CATEGORY)).thenReturn(List.of(
                new TaxonomyTerm("ggz", Vocabulary.CATEGORY, "zorg", "Ggz", "Mental health"),
                new TaxonomyTerm("maaltijden", Vocabulary.CATEGORY, "sociale-basis", "Maaltijden", "Meals")));
        SupplyEntry ggzHere = new SupplyEntry(ServiceId.random(), EntryKind.SERVICE, "ggz", Set.of(A));
        SupplyEntry mealsThere = new SupplyEntry(ServiceId.random(), EntryKind.INITIATIVE, "maaltijden", Set.of(C));
        when(socialMap.supplyIn(any())).thenAnswer(call -> {
            java.util.Collection<?> asked = call.getArgument(0);
            return asked.contains(C) ? List.of(ggzHere, mealsThere) : List.of(ggzHere);
        });
    }

    @Test
    void thePageComparesTheAreaWithTheRegionAndMarksTheGap() {
        WijkfotoPage page = wijkfotos.wijkfoto(ADMIN, NETWORK);
        assertThat(page.totals().areaInhabitants()).isEqualTo(2000);
        assertThat(page.totals().regionInhabitants()).isEqualTo(10000);
        WijkfotoPage.IndicatorRow old = page.groups().get(0).rows().get(4);
        assertThat(old.labelKey()).isEqualTo("wijkfoto.figure.age65plus");
        assertThat(old.area()).isEqualTo(20.0);
        assertThat(old.region()).isEqualTo(12.0);
        assertThat(page.supply()).extracting(row -> row.category().code()).containsExactly("ggz", "maaltijden");
        assertThat(page.gaps()).extracting(row -> row.category().code()).containsExactly("maaltijden");
        assertThat(page.supply().get(0).areaPer1000()).isEqualTo(0.5);
        assertThat(page.supply().get(0).regionPer1000()).isEqualTo(0.1);
        assertThat(page.canEdit()).isTrue();
    }

    @Test
    void whatTheNetworkRecordsShowsAndOtherModulesAddTheirSections() {
        wijkfotos.chooseTargetGroup(ADMIN, NETWORK, "Ouderen die alleen wonen", "20% is 65-plus");
        wijkfotos.writeNote(ADMIN, NETWORK, "Bewoners missen een ontmoetingsplek.");
        FiguresCsv.Result result = wijkfotos.importFigures(ADMIN, NETWORK,
                "buurtcode;indicator;waarde;jaar;bron\nBU99010101;Schulden;42,5;2025;Gemeente\n");
        assertThat(result.ok()).isTrue();

        WijkfotoPage page = wijkfotos.wijkfoto(ADMIN, NETWORK);
        assertThat(page.targetGroups()).extracting(WijkfotoPage.TargetGroupView::name)
                .containsExactly("Ouderen die alleen wonen");
        assertThat(page.notes()).extracting(WijkfotoPage.NoteView::writtenBy).containsExactly("Ad Min");
        assertThat(page.imported()).extracting(WijkfotoPage.FigureRow::neighbourhoodName).containsExactly("Binnenstad");
        assertThat(page.sections()).extracting(WijkfotoPage.SectionView::titleKey).containsExactly("monitoring.title");
        assertThat(page.sections().get(0).model()).containsEntry("neighbourhoods", 2);

        WijkfotoPage vismarkt = wijkfotos.neighbourhood(ADMIN, NETWORK, B);
        assertThat(vismarkt.focus().name()).isEqualTo("Vismarkt");
        assertThat(vismarkt.imported()).isEmpty();
        assertThat(vismarkt.sections().get(0).model()).containsEntry("neighbourhoods", 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wijkfotos.neighbourhood(ADMIN, NETWORK, C))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theContextHoldsNoBeanOfTheModulesItReads() {
        assertThat(List.of(context.getBeanDefinitionNames())).noneMatch(name -> {
            Class<?> type = context.getType(name);
            return type != null && (type.getName().startsWith("nl.hecht.network.internal")
                    || type.getName().startsWith("nl.hecht.directory.internal"));
        });
    }

    private static Neighbourhood place(NeighbourhoodCode code, String name) {
        return new Neighbourhood(code, name, code.district(), "Wijk", code.municipality(), "Gemeente", null, null);
    }

    private static KeyFigures figures(int inhabitants, int old) {
        return new KeyFigures(2025, inhabitants, null, null, null, null, old, inhabitants / 2, inhabitants / 4, 25.0,
                inhabitants / 20, 1.0, 100);
    }
}
