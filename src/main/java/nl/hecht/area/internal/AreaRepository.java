package nl.hecht.area.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.Tuple;

interface AreaRepository extends JpaRepository<Area, String> {

    List<Area> findByLevelOrderByNameAsc(AreaLevel level);

    @Query("""
            select n.code as code, n.name as name, n.districtCode as districtCode, d.name as districtName,
                   n.municipalityCode as municipalityCode, m.name as municipalityName,
                   g.pointLatitude as latitude, g.pointLongitude as longitude
            from Area n
              join Area d on d.code = n.districtCode
              join Area m on m.code = n.municipalityCode
              left join AreaGeometry g on g.areaCode = n.code
            where n.level = nl.hecht.area.internal.AreaLevel.NEIGHBOURHOOD and n.municipalityCode in :municipalities
            order by n.code""")
    List<Tuple> neighbourhoodsIn(Collection<String> municipalities);

    @Query("""
            select n.code as code, n.name as name, n.districtCode as districtCode, d.name as districtName,
                   n.municipalityCode as municipalityCode, m.name as municipalityName,
                   g.pointLatitude as latitude, g.pointLongitude as longitude
            from Area n
              join Area d on d.code = n.districtCode
              join Area m on m.code = n.municipalityCode
              left join AreaGeometry g on g.areaCode = n.code
            where n.level = nl.hecht.area.internal.AreaLevel.NEIGHBOURHOOD and n.code in :codes
            order by n.code""")
    List<Tuple> neighbourhoods(Collection<String> codes);

    @Query("select a.level as level, count(a) as areas from Area a group by a.level")
    List<Tuple> countByLevel();
}
