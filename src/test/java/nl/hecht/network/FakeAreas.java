package nl.hecht.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.shared.DistrictCode;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * An in-memory stand-in for the area module in tests: two fictional municipalities, ten districts of six
 * neighbourhoods on a 10 × 6 grid of square cells (so neighbours are the cells that share a side), about 126,000
 * inhabitants in all.
 */
public class FakeAreas implements Areas {

    public static final MunicipalityCode CITY = new MunicipalityCode("GM9901");
    public static final MunicipalityCode VILLAGES = new MunicipalityCode("GM9902");

    private final Map<NeighbourhoodCode, Neighbourhood> neighbourhoods = new LinkedHashMap<>();
    private final Map<NeighbourhoodCode, int[]> cells = new LinkedHashMap<>();
    private final Map<NeighbourhoodCode, KeyFigures> figures = new LinkedHashMap<>();

    public FakeAreas() {
        int index = 0;
        for (int district = 1; district <= 10; district++) {
            MunicipalityCode municipality = district <= 6 ? CITY : VILLAGES;
            String municipalityName = district <= 6 ? "Voorbeeldstad" : "Dorpenland";
            int districtNumber = district <= 6 ? district : district - 6;
            DistrictCode districtCode = new DistrictCode(
                    String.format(Locale.ROOT, "WK%s%02d", municipality.value().substring(2), districtNumber));
            for (int n = 1; n <= 6; n++) {
                NeighbourhoodCode code = new NeighbourhoodCode(
                        String.format(Locale.ROOT, "BU%s%02d", districtCode.value().substring(2), n));
                int column = index % 10;
                int row = index / 10;
                neighbourhoods.put(code, new Neighbourhood(code, "Buurt " + (index + 1), districtCode,
                        "Wijk " + district, municipality, municipalityName, 52.0 + row * 0.01 + 0.005,
                        5.0 + column * 0.01 + 0.005));
                cells.put(code, new int[] { column, row });
                int inhabitants = 1200 + (index * 577) % 1800;
                figures.put(code, new KeyFigures(2024, inhabitants, inhabitants / 6, inhabitants / 8,
                        inhabitants / 4, inhabitants / 4, inhabitants / 5, inhabitants / 2, inhabitants / 5, 28.5,
                        inhabitants / 20, 0.9, 40 + index));
                index++;
            }
        }
    }

    @Override
    public List<Municipality> municipalities() {
        return List.of(new Municipality(CITY, "Voorbeeldstad"), new Municipality(VILLAGES, "Dorpenland"));
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityCode code) {
        return municipalities().stream().filter(municipality -> municipality.code().equals(code)).findFirst();
    }

    @Override
    public List<Neighbourhood> neighbourhoodsIn(Collection<MunicipalityCode> municipalities) {
        return neighbourhoods.values().stream().filter(n -> municipalities.contains(n.municipality())).toList();
    }

    @Override
    public List<Neighbourhood> neighbourhoods(Collection<NeighbourhoodCode> codes) {
        return neighbourhoods.values().stream().filter(n -> codes.contains(n.code())).toList();
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code) {
        return Optional.ofNullable(neighbourhoods.get(code));
    }

    @Override
    public Map<NeighbourhoodCode, KeyFigures> latestKeyFigures(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, KeyFigures> result = new LinkedHashMap<>();
        codes.forEach(code -> Optional.ofNullable(figures.get(code)).ifPresent(f -> result.put(code, f)));
        return result;
    }

    @Override
    public Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, Set<NeighbourhoodCode>> result = new LinkedHashMap<>();
        for (NeighbourhoodCode code : codes) {
            int[] cell = cells.get(code);
            if (cell == null) {
                continue;
            }
            Set<NeighbourhoodCode> touching = new HashSet<>();
            cells.forEach((other, otherCell) -> {
                if (Math.abs(otherCell[0] - cell[0]) + Math.abs(otherCell[1] - cell[1]) == 1) {
                    touching.add(other);
                }
            });
            result.put(code, touching);
        }
        return result;
    }

    @Override
    public Map<NeighbourhoodCode, String> geometries(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, String> result = new LinkedHashMap<>();
        for (NeighbourhoodCode code : codes) {
            int[] cell = cells.get(code);
            if (cell == null) {
                continue;
            }
            double west = 5.0 + cell[0] * 0.01;
            double south = 52.0 + cell[1] * 0.01;
            List<String> ring = new ArrayList<>();
            for (double[] point : new double[][] { { west, south }, { west + 0.01, south },
                    { west + 0.01, south + 0.01 }, { west, south + 0.01 }, { west, south } }) {
                ring.add(String.format(Locale.ROOT, "[%.4f,%.4f]", point[0], point[1]));
            }
            result.put(code, "{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", ring) + "]]}");
        }
        return result;
    }

    /** Makes the fake the application's {@link Areas} in a test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        FakeAreas fakeAreas() {
            return new FakeAreas();
        }
    }
}
