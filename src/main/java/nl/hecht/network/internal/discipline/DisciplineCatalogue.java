package nl.hecht.network.internal.discipline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.hecht.network.CoreSeat;

/** The managed list of disciplines, in display order: an immutable snapshot that the pure checks work on. */
public final class DisciplineCatalogue {

    private final Map<String, Discipline> byCode;

    public DisciplineCatalogue(List<Discipline> disciplines) {
        Map<String, Discipline> map = new LinkedHashMap<>();
        disciplines.forEach(discipline -> map.put(discipline.code(), discipline));
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(disciplines);
    }

    private final List<Discipline> ordered;

    public List<Discipline> all() {
        return ordered;
    }

    public Optional<Discipline> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The disciplines a region may expect in its networks, in display order (no stakeholders such as insurers). */
    public List<Discipline> expectable() {
        return ordered.stream().filter(Discipline::isExpectable).toList();
    }

    public boolean isExpectable(String code) {
        return find(code).filter(Discipline::isExpectable).isPresent();
    }

    /** The codes of the disciplines that can fill the seat, in display order. */
    public Set<String> codesFor(CoreSeat seat) {
        return ordered.stream().filter(discipline -> discipline.coreSeat() == seat).map(Discipline::code)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
