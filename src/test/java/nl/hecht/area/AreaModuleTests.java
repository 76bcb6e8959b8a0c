package nl.hecht.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The area module on its own (with only the shared module it may use): the CBS catalogue answers through
 * {@link Areas}, the API other modules read, for the demo region's neighbourhoods (see {@code DemoGeography}). No
 * bean of another module is in this context, so area needs none.
 */
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
class AreaModuleTests {

    private static final MunicipalityCode VOORBEELDSTAD = new MunicipalityCode("GM9901");
    private static final MunicipalityCode MAASHEUVEL = new MunicipalityCode("GM9902");
    private static final NeighbourhoodCode BINNENSTAD = new NeighbourhoodCode("BU99010101");
    private static final NeighbourhoodCode ELSENWAARD = new NeighbourhoodCode("BU99020406");

    @Autowired
    Areas areas;
    @Autowired
    ApplicationContext context;

    @Test
    void theCatalogueKnowsTheDemoMunicipalitiesAndTheirNeighbourhoods() {
        assertThat(areas.municipality(VOORBEELDSTAD)).hasValueSatisfying(
                municipality -> assertThat(municipality.name()).isEqualTo("Voorbeeldstad"));
        assertThat(areas.municipalities()).extracting(Municipality::code).contains(VOORBEELDSTAD, MAASHEUVEL);

        List<Neighbourhood> inVoorbeeldstad = areas.neighbourhoodsIn(List.of(VOORBEELDSTAD));
        assertThat(inVoorbeeldstad).hasSize(36).allSatisfy(
                neighbourhood -> assertThat(neighbourhood.municipality()).isEqualTo(VOORBEELDSTAD));
        assertThat(inVoorbeeldstad).extracting(Neighbourhood::code).isSorted();
        assertThat(areas.neighbourhoodsIn(List.of(VOORBEELDSTAD, MAASHEUVEL))).hasSize(36 + 24);

        Neighbourhood binnenstad = areas.neighbourhood(BINNENSTAD).orElseThrow();
        assertThat(binnenstad.name()).isEqualTo("Binnenstad");
        assertThat(binnenstad.districtName()).isEqualTo("Centrum");
        assertThat(binnenstad.municipalityName()).isEqualTo("Voorbeeldstad");
        assertThat(binnenstad.latitude()).isNotNull();
        assertThat(areas.neighbourhood(new NeighbourhoodCode("BU99019999"))).isEmpty();
    }

    @Test
    void theCatalogueGivesKeyFiguresNeighboursAndGeometry() {
        Map<NeighbourhoodCode, KeyFigures> figures = areas.latestKeyFigures(List.of(BINNENSTAD, ELSENWAARD));
        assertThat(figures).containsOnlyKeys(BINNENSTAD, ELSENWAARD);
        assertThat(figures.get(BINNENSTAD).inhabitants()).isPositive();

        Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours = areas.neighbours(List.of(BINNENSTAD));
        assertThat(neighbours.get(BINNENSTAD)).isNotEmpty().doesNotContain(BINNENSTAD);
        NeighbourhoodCode next = neighbours.get(BINNENSTAD).iterator().next();
        assertThat(areas.neighbours(List.of(next)).get(next)).as("touching is mutual").contains(BINNENSTAD);

        assertThat(areas.geometries(List.of(BINNENSTAD)).get(BINNENSTAD)).contains("\"type\"").contains("coordinates");
        assertThat(areas.municipalityGeometries(List.of(VOORBEELDSTAD))).containsKey(VOORBEELDSTAD);
    }

    @Test
    void theContextHoldsAreaAndSharedOnly() {
        assertThat(context.getBeanNamesForType(Areas.class)).hasSize(1);
        for (String module : List.of("identity", "network", "directory")) {
            assertThat(List.of(context.getBeanDefinitionNames())).as("beans of " + module)
                    .noneMatch(name -> {
                        Class<?> type = context.getType(name);
                        return type != null && type.getName().startsWith("nl.hecht." + module + ".");
                    });
        }
    }
}
