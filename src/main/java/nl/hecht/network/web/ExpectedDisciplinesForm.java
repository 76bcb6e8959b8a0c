package nl.hecht.network.web;

import java.util.Set;

/** The disciplines the region expects in its core networks beyond the core composition (R007–R009). */
record ExpectedDisciplinesForm(Set<String> disciplines) {

    ExpectedDisciplinesForm {
        disciplines = disciplines == null ? Set.of() : Set.copyOf(disciplines);
    }
}
