package nl.hecht.area.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.Tuple;

interface AreaGeometryRepository extends JpaRepository<AreaGeometry, String> {

    /** The content hash of every stored outline: a re-import compares against these without reading outlines. */
    @Query("select g.areaCode as code, g.contentHash as hash from AreaGeometry g")
    List<Tuple> contentHashes();

    @Modifying(flushAutomatically = true)
    @Query("delete from AreaGeometry g where g.areaCode in :codes")
    int deleteByAreaCodes(Collection<String> codes);

    /** Codes of stored outlines of one level (by code prefix) whose bounding box meets the given one. */
    @Query("""
            select g.areaCode from AreaGeometry g
            where g.areaCode like :prefix
              and g.maxLongitude >= :minLongitude and g.minLongitude <= :maxLongitude
              and g.maxLatitude >= :minLatitude and g.minLatitude <= :maxLatitude""")
    List<String> codesWithin(String prefix, double minLongitude, double maxLongitude, double minLatitude,
            double maxLatitude);

    @Query("select g.areaCode as code, g.geoJson as geoJson from AreaGeometry g where g.areaCode in :codes")
    List<Tuple> geoJson(Collection<String> codes);

    @Query("""
            select a.level as level, count(g) as areas from AreaGeometry g join Area a on a.code = g.areaCode
            group by a.level""")
    List<Tuple> countByLevel();
}
