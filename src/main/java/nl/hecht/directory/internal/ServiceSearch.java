package nl.hecht.directory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.GeoPoint;
import nl.hecht.directory.SearchQuery;
import nl.hecht.directory.ServiceHit;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.SocialMapSearch;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The search of the sociale kaart over the Hibernate Search index: one query gives the page of hits (projected
 * from the index, no database access), the total and the facet counts.
 * <p>
 * A search runs in a short-lived session of its own and outside any transaction: it reads the index only, so it
 * needs no database connection. (With a read-only transaction, each search took a connection from the pool and
 * made three round trips to the database: about 8% of a search's CPU time in the search benchmark, bench/README.md.)
 */
@Service
public class ServiceSearch implements SocialMapSearch {

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<String, Long>> TARGET_GROUPS = AggregationKey.of("targetGroups");
    private static final AggregationKey<Map<EntryKind, Long>> KINDS = AggregationKey.of("kinds");
    private static final AggregationKey<Map<Boolean, Long>> SELF_REFERRAL = AggregationKey.of("selfReferral");
    private static final AggregationKey<Map<Boolean, Long>> NO_WAITING = AggregationKey.of("noWaitingTime");

    private final EntityManagerFactory entityManagerFactory;
    private final Clock clock;

    ServiceSearch(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.clock = clock;
    }

    @Override
    public nl.hecht.directory.SearchResult search(SearchQuery query) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return search(Search.session(entityManager), query);
        }
    }

    private nl.hecht.directory.SearchResult search(SearchSession session, SearchQuery query) {
        org.hibernate.search.engine.spatial.GeoPoint centre = query.near() == null ? null
                : org.hibernate.search.engine.spatial.GeoPoint.of(query.near().latitude(), query.near().longitude());
        SearchResult<List<?>> result = session.search(ServiceEntry.class)
                .select(f -> f.composite().from(
                        f.id(UUID.class),
                        f.field("kind", EntryKind.class),
                        f.field("name", String.class),
                        f.field("organisation.name", String.class),
                        f.field("category", String.class),
                        f.field("summary", String.class),
                        f.field("access", Referral.class),
                        f.field("waitingDays", Integer.class),
                        f.field("publicEntry", Boolean.class),
                        f.field("locations.point", org.hibernate.search.engine.spatial.GeoPoint.class).list(),
                        f.field("locations.line", String.class).list(),
                        centre == null ? f.constant(null)
                                : f.distance("locations.point", centre).list().unit(DistanceUnit.KILOMETERS))
                        .asList())
                .where(f -> predicate(f, query, centre))
                .sort(f -> switch (query.sort()) {
                    case DISTANCE -> f.distance("locations.point", centre).mode(SortMode.MIN)
                            .then().field("name_sort");
                    case NAME -> f.field("name_sort");
                    case RELEVANCE -> f.score().then().field("name_sort");
                })
                .aggregation(CATEGORIES, f -> f.terms().field("category", String.class).maxTermCount(200))
                .aggregation(TARGET_GROUPS, f -> f.terms().field("targetGroup", String.class).maxTermCount(200))
                .aggregation(KINDS, f -> f.terms().field("kind", EntryKind.class))
                .aggregation(SELF_REFERRAL, f -> f.terms().field("selfReferral", Boolean.class))
                .aggregation(NO_WAITING, f -> f.terms().field("noWaitingTime", Boolean.class))
                .fetch(query.page() * query.pageSize(), query.pageSize());
        List<ServiceHit> hits = new ArrayList<>(result.hits().size());
        for (List<?> row : result.hits()) {
            hits.add(hit(row));
        }
        return new nl.hecht.directory.SearchResult(result.total().hitCountLowerBound(), hits,
                new LinkedHashMap<>(result.aggregation(CATEGORIES)), new LinkedHashMap<>(result.aggregation(TARGET_GROUPS)),
                new LinkedHashMap<>(result.aggregation(KINDS)),
                result.aggregation(SELF_REFERRAL).getOrDefault(Boolean.TRUE, 0L),
                result.aggregation(NO_WAITING).getOrDefault(Boolean.TRUE, 0L), query.page(), query.pageSize(),
                result.took().toMillis());
    }

    private BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchQuery query,
            org.hibernate.search.engine.spatial.GeoPoint centre) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.text() == null) {
            bool.must(f.matchAll());
        } else {
            bool.must(f.simpleQueryString()
                    .field("name").boost(3f)
                    .field("name_parts").boost(2f)
                    .field("description")
                    .field("description_parts").boost(0.5f)
                    .field("organisation.name")
                    .field("categoryTerm.nameNl").boost(2f)
                    .field("categoryTerm.nameNl_parts")
                    .field("organiser")
                    .matching(query.text())
                    .defaultOperator(BooleanOperator.AND));
        }
        bool.filter(f.match().field("active").matching(true));
        if (query.publicOnly()) {
            bool.filter(f.match().field("publicEntry").matching(true));
        }
        if (!query.categories().isEmpty()) {
            bool.filter(f.terms().field("categoryPath").matchingAny(query.categories()));
        }
        if (!query.targetGroups().isEmpty()) {
            bool.filter(f.terms().field("targetGroup").matchingAny(query.targetGroups()));
        }
        if (!query.kinds().isEmpty()) {
            bool.filter(f.terms().field("kind").matchingAny(query.kinds()));
        }
        if (query.neighbourhoods() != null) {
            if (query.neighbourhoods().isEmpty()) {
                bool.filter(f.matchNone());
            } else {
                bool.filter(f.terms().field("neighbourhood")
                        .matchingAny(query.neighbourhoods().stream().map(NeighbourhoodCode::value).toList()));
            }
        }
        if (centre != null && query.radiusKm() != null) {
            bool.filter(f.spatial().within().field("locations.point")
                    .circle(centre, query.radiusKm(), DistanceUnit.KILOMETERS));
        }
        if (query.openNow()) {
            bool.filter(f.match().field("openSlot").matching(ServiceEntry.slotOf(clock.instant())));
        }
        if (query.selfReferral()) {
            bool.filter(f.match().field("selfReferral").matching(true));
        }
        if (query.noWaitingTime()) {
            bool.filter(f.match().field("noWaitingTime").matching(true));
        }
        return bool;
    }

    @SuppressWarnings("unchecked")
    private static ServiceHit hit(List<?> row) {
        List<org.hibernate.search.engine.spatial.GeoPoint> points =
                (List<org.hibernate.search.engine.spatial.GeoPoint>) row.get(9);
        List<Double> distances = (List<Double>) row.get(11);
        Double nearest = distances == null ? null
                : distances.stream().filter(d -> d != null).min(Double::compare).orElse(null);
        return new ServiceHit(new ServiceId((UUID) row.get(0)), (EntryKind) row.get(1), (String) row.get(2),
                (String) row.get(3), (String) row.get(4), (String) row.get(5), (Referral) row.get(6),
                (Integer) row.get(7), Boolean.TRUE.equals(row.get(8)),
                points.stream().map(point -> new GeoPoint(point.latitude(), point.longitude())).toList(),
                List.copyOf((List<String>) row.get(10)), nearest);
    }
}
