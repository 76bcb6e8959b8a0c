package nl.hecht.network.internal.discipline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRepository extends JpaRepository<Discipline, String> {

    List<Discipline> findAllByOrderBySortOrderAsc();
}
