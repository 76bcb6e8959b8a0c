package nl.hecht.area.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.Tuple;

interface AreaKeyFiguresRepository extends JpaRepository<AreaKeyFigures, AreaKeyFiguresId> {

    @Query("select f from AreaKeyFigures f where f.id.year = :year")
    List<AreaKeyFigures> findByYear(int year);

    @Query("select f from AreaKeyFigures f where f.id.areaCode in :codes")
    List<AreaKeyFigures> findByAreaCodes(Collection<String> codes);

    @Query("""
            select f.id.year as year, count(f) as areas from AreaKeyFigures f
            group by f.id.year order by f.id.year desc""")
    List<Tuple> countByYear();
}
