package nl.hecht.network.internal.discipline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the managed discipline list. The list is small and changes only by migration. */
@Service
@Transactional(readOnly = true)
public class Disciplines {

    private final DisciplineRepository repository;
    private volatile DisciplineCatalogue catalogue;

    Disciplines(DisciplineRepository repository) {
        this.repository = repository;
    }

    public DisciplineCatalogue catalogue() {
        DisciplineCatalogue current = catalogue;
        if (current == null) {
            current = new DisciplineCatalogue(repository.findAllByOrderBySortOrderAsc());
            catalogue = current;
        }
        return current;
    }
}
