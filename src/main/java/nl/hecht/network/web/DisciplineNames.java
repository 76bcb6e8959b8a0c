package nl.hecht.network.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.hecht.network.internal.discipline.Disciplines;

/** The names of disciplines for templates: {@code ${@networkDisciplineNames.name(code, #locale)}}. */
@Component("networkDisciplineNames")
class DisciplineNames {

    private final Disciplines disciplines;

    DisciplineNames(Disciplines disciplines) {
        this.disciplines = disciplines;
    }

    public String name(String code, Locale locale) {
        return disciplines.catalogue().find(code).map(discipline -> discipline.name(locale)).orElse(code);
    }
}
