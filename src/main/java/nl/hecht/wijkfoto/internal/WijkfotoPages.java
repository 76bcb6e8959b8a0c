package nl.hecht.wijkfoto.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.SupplyEntry;
import nl.hecht.directory.TaxonomyTerm;
import nl.hecht.directory.Vocabulary;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.Regions;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.NotFoundException;
import nl.hecht.wijkfoto.WijkfotoSection;
import nl.hecht.wijkfoto.internal.WijkfotoPage.ChartGroup;
import nl.hecht.wijkfoto.internal.WijkfotoPage.FigureRow;
import nl.hecht.wijkfoto.internal.WijkfotoPage.IndicatorRow;
import nl.hecht.wijkfoto.internal.WijkfotoPage.NoteView;
import nl.hecht.wijkfoto.internal.WijkfotoPage.Place;
import nl.hecht.wijkfoto.internal.WijkfotoPage.SectionView;
import nl.hecht.wijkfoto.internal.WijkfotoPage.SupplyRow;
import nl.hecht.wijkfoto.internal.WijkfotoPage.TargetGroupView;
import nl.hecht.wijkfoto.internal.WijkfotoPage.Totals;

/** Puts the wijkfoto together from the areas, the sociale kaart, the network and what the network recorded. */
@Component
class WijkfotoPages {

    private final Networks networks;
    private final Regions regions;
    private final Areas areas;
    private final SocialMap socialMap;
    private final WijkfotoRecords records;
    private final ObjectProvider<WijkfotoSection> sections;

    WijkfotoPages(Networks networks, Regions regions, Areas areas, SocialMap socialMap, WijkfotoRecords records,
            ObjectProvider<WijkfotoSection> sections) {
        this.networks = networks;
        this.regions = regions;
        this.areas = areas;
        this.socialMap = socialMap;
        this.records = records;
        this.sections = sections;
    }

    /** The wijkfoto of the network's service area, or of one neighbourhood of it (404 when it is not in the area). */
    WijkfotoPage page(NetworkSummary network, NeighbourhoodCode focusCode, boolean canEdit) {
        Set<NeighbourhoodCode> serviceArea = networks.serviceArea(network.id());
        if (focusCode != null && !serviceArea.contains(focusCode)) {
            throw new NotFoundException();
        }
        Set<NeighbourhoodCode> area = focusCode == null ? serviceArea : Set.of(focusCode);
        RegionSummary region = regions.find(network.region()).orElseThrow(NotFoundException::new);

        List<Neighbourhood> areaNeighbourhoods = areas.neighbourhoods(serviceArea).stream()
                .sorted(Comparator.comparing(Neighbourhood::name)).toList();
        Map<NeighbourhoodCode, Neighbourhood> byCode = new HashMap<>();
        areaNeighbourhoods.forEach(n -> byCode.put(n.code(), n));
        List<Place> places = areaNeighbourhoods.stream().map(n -> new Place(n.code(), n.name(), n.districtName()))
                .toList();
        Place focus = focusCode == null ? null
                : places.stream().filter(place -> place.code().equals(focusCode)).findFirst()
                        .orElse(new Place(focusCode, focusCode.value(), ""));

        List<NeighbourhoodCode> regionCodes = areas.neighbourhoodsIn(region.municipalities()).stream()
                .map(Neighbourhood::code).toList();
        List<NeighbourhoodCode> countryCodes = areas
                .neighbourhoodsIn(areas.municipalities().stream().map(Municipality::code).toList()).stream()
                .map(Neighbourhood::code).toList();
        Map<NeighbourhoodCode, KeyFigures> countryFigures = areas.latestKeyFiguresOfTheCountry();
        AreaFigures inArea = AreaFigures.of(figuresOf(area, countryFigures, areas));
        AreaFigures inRegion = AreaFigures.of(figuresOf(regionCodes, countryFigures, areas));
        AreaFigures inCountry = AreaFigures.of(countryFigures.values());

        List<SupplyEntry> regionSupply = socialMap.supplyIn(regionCodes);
        // the area lies in its region, so its supply is the part of the region's supply that reaches it
        List<SupplyEntry> areaSupply = regionCodes.containsAll(area)
                ? regionSupply.stream().filter(entry -> !java.util.Collections.disjoint(entry.neighbourhoods(), area))
                        .toList()
                : socialMap.supplyIn(area);
        List<String> areaCategories = areaSupply.stream().map(SupplyEntry::categoryCode).toList();
        List<TaxonomyTerm> terms = socialMap.terms(Vocabulary.CATEGORY);
        Map<String, TaxonomyTerm> termByCode = new HashMap<>();
        terms.forEach(term -> termByCode.put(term.code(), term));
        List<SupplyRow> supply = SupplyComparison
                .compare(terms.stream().map(TaxonomyTerm::code).toList(), areaCategories, inArea.inhabitants(),
                        regionSupply.stream().map(SupplyEntry::categoryCode).toList(), inRegion.inhabitants())
                .stream().map(row -> new SupplyRow(termByCode.get(row.category()), row.areaCount(),
                        row.regionCount(), row.areaPer1000(), row.regionPer1000(), row.level()))
                .toList();

        List<FigureRow> imported = records.figures(network.id()).stream()
                .filter(figure -> area.contains(figure.neighbourhood()))
                .map(figure -> new FigureRow(figure.neighbourhood(),
                        byCode.containsKey(figure.neighbourhood()) ? byCode.get(figure.neighbourhood()).name()
                                : figure.neighbourhood().value(),
                        figure.indicator(), figure.value(), figure.year(), figure.source()))
                .toList();
        List<TargetGroupView> targetGroups = records.targetGroups(network.id()).stream()
                .map(group -> new TargetGroupView(group.id(), group.name(), group.reason(), group.chosenByName(),
                        group.chosenAt()))
                .toList();
        List<NoteView> notes = records.notes(network.id()).stream()
                .map(note -> new NoteView(note.id(), note.text(), note.writtenByName(), note.writtenAt())).toList();
        List<SectionView> added = new ArrayList<>();
        sections.orderedStream().sorted(Comparator.comparingInt(WijkfotoSection::order))
                .forEach(section -> added.add(new SectionView(section.titleKey(), section.fragment(),
                        section.model(network.id(), area))));

        Totals totals = new Totals(inArea.inhabitants(), inRegion.inhabitants(), inCountry.inhabitants(),
                inArea.households(), inRegion.households(), inCountry.households(), area.size(), regionCodes.size(),
                countryCodes.size());
        return new WijkfotoPage(network.id(), network.name(), region.name(), focus, places, inArea.year(), totals,
                groups(inArea, inRegion, inCountry), supply, imported, targetGroups, notes, added, canEdit);
    }

    private static Collection<KeyFigures> figuresOf(Collection<NeighbourhoodCode> codes,
            Map<NeighbourhoodCode, KeyFigures> known, Areas areas) {
        List<KeyFigures> figures = new ArrayList<>();
        codes.forEach(code -> {
            KeyFigures figure = known.get(code);
            if (figure != null) {
                figures.add(figure);
            }
        });
        return figures;
    }

    static List<ChartGroup> groups(AreaFigures area, AreaFigures region, AreaFigures country) {
        return List.of(
                new ChartGroup("ages", "wijkfoto.chart.ages", "percent", List.of(
                        row("wijkfoto.figure.age0to14", AreaFigures::age0to14, area, region, country),
                        row("wijkfoto.figure.age15to24", AreaFigures::age15to24, area, region, country),
                        row("wijkfoto.figure.age25to44", AreaFigures::age25to44, area, region, country),
                        row("wijkfoto.figure.age45to64", AreaFigures::age45to64, area, region, country),
                        row("wijkfoto.figure.age65plus", AreaFigures::age65plus, area, region, country))),
                new ChartGroup("households", "wijkfoto.chart.households", "percent", List.of(
                        row("wijkfoto.figure.one-person", AreaFigures::onePersonHouseholds, area, region, country))),
                new ChartGroup("household-size", "wijkfoto.chart.household-size", "persons", List.of(
                        row("wijkfoto.figure.household-size", AreaFigures::householdSize, area, region, country))),
                new ChartGroup("income", "wijkfoto.chart.income", "thousand-euro", List.of(
                        row("wijkfoto.figure.income", AreaFigures::averageIncome, area, region, country))),
                new ChartGroup("wmo", "wijkfoto.chart.wmo", "per-1000", List.of(
                        row("wijkfoto.figure.wmo", AreaFigures::wmoPer1000, area, region, country))),
                new ChartGroup("gp", "wijkfoto.chart.gp", "km", List.of(
                        row("wijkfoto.figure.gp", AreaFigures::distanceToGpKm, area, region, country))));
    }

    private static IndicatorRow row(String key, Function<AreaFigures, Double> field, AreaFigures area,
            AreaFigures region, AreaFigures country) {
        return new IndicatorRow(key, field.apply(area), field.apply(region), field.apply(country));
    }
}
