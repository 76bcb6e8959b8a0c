package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.junit.jupiter.api.Test;

import nl.hecht.shared.web.TemplateSources.Template;

/**
 * Every table of every template sits directly in a {@code .hecht-table-scroll} container, which scrolls sideways on a
 * narrow screen (with a shadow as the cue) instead of widening the page.
 */
class ResponsiveTablesTests {

    @Test
    void everyTableSitsInAScrollContainer() {
        List<Template> templates = TemplateSources.all();
        List<String> bare = templates.stream()
                .flatMap(template -> template.elements().filter(element -> element.getElementName().equals("table"))
                        .filter(table -> !inScrollContainer(table))
                        .map(table -> template.name() + ": <table" + idOf(table) + ">"))
                .toList();

        assertThat(templates.stream().flatMap(Template::elements).filter(e -> e.getElementName().equals("table")))
                .as("tables in the templates").isNotEmpty();
        assertThat(bare).as("tables outside a <div class=\"utrecht-table-container hecht-table-scroll\">").isEmpty();
    }

    @Test
    void aTableOutsideAScrollContainerIsFound() {
        Template template = TemplateSources.parse("test.html",
                "<div class=\"utrecht-table-container\"><table id=\"t\"><tr><td>x</td></tr></table></div>");

        assertThat(template.elements().filter(element -> element.getElementName().equals("table"))
                .allMatch(ResponsiveTablesTests::inScrollContainer)).isFalse();
    }

    private static boolean inScrollContainer(Element table) {
        INestableNode parent = table.getParent();
        return parent instanceof Element container && container.getAttributeValue("class") != null
                && List.of(container.getAttributeValue("class").split("\\s+")).contains("hecht-table-scroll");
    }

    private static String idOf(Element table) {
        String id = table.getAttributeValue("id");
        return id == null ? "" : " id=\"" + id + "\"";
    }
}
