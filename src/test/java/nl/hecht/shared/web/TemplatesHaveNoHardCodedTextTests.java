package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import nl.hecht.shared.web.TemplateSources.Template;

/**
 * Every word a person sees or hears comes from a message key, so Dutch and English are both complete. Fails on text in
 * a template that no {@code th:text}/{@code th:utext}/{@code th:replace}/{@code th:insert} replaces, on visible or
 * spoken attributes ({@code alt}, {@code title}, {@code aria-label}, ...) without a {@code th:} counterpart, and on
 * quoted words inside text expressions ({@code th:text="'Hallo ' + ${name}"}).
 */
class TemplatesHaveNoHardCodedTextTests {

    /** Attributes whose value is shown or read out. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "label", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext", "aria-placeholder");

    /** Thymeleaf attributes that replace the element's content (or the element): its default text never shows. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");

    /** Thymeleaf attributes whose expression becomes visible or spoken text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:value", "th:alt", "th:title",
            "th:placeholder", "th:label", "th:aria-label", "data-th-text", "data-th-utext");

    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\\|([^|]*)\\|");

    @Test
    void everyTemplateTakesItsTextFromMessageKeys() {
        List<String> problems = new ArrayList<>();
        for (Template template : TemplateSources.all()) {
            problems.addAll(hardCodedText(template));
        }
        assertThat(problems).as("text in templates that does not come from a message key").isEmpty();
    }

    @Test
    void theCheckFindsStrayTextAndLetsReplacedTextBe() {
        Template sample = TemplateSources.parse("sample.html", """
                <section xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: layout(~{::title}, ~{::section})}">
                  <p>Hallo</p>
                  <p th:text="#{greeting}">Hallo</p>
                  <p th:text="'Hallo ' + ${name}">x</p>
                  <p th:text="|Hallo ${name}|">x</p>
                  <img src="a.png" alt="Logo">
                  <img src="a.png" alt="">
                  <a href="#" title="Titel" th:title="#{title}" th:text="#{link}">Link</a>
                  <input type="submit" value="Verzenden">
                  <p>&nbsp;&amp; 1 &middot; 2</p>
                  <div th:remove="all"><p>Voorbeeld</p></div>
                  <span th:text="#{'role.' + ${role}} + ${last ? '' : ', '}">rol</span>
                  <th:block>Los</th:block>
                  <th:block th:replace="~{other :: fragment}">Voorbeeldinhoud</th:block>
                </section>
                """);

        assertThat(hardCodedText(sample)).containsExactly(
                "sample.html:2 text \"Hallo\"",
                "sample.html:4 th:text=\"'Hallo ' + ${name}\"",
                "sample.html:5 th:text=\"|Hallo ${name}|\"",
                "sample.html:6 alt=\"Logo\"",
                "sample.html:9 value=\"Verzenden\"",
                "sample.html:13 text \"Los\"");
    }

    static List<String> hardCodedText(Template template) {
        List<String> problems = new ArrayList<>();
        check(template, template.markup(), false, problems);
        return problems;
    }

    private static void check(Template template, INestableNode parent, boolean replaced, List<String> problems) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text && !replaced) {
                String visible = ENTITY.matcher(text.getContent()).replaceAll(" ").strip();
                if (LETTER.matcher(visible).find()) {
                    problems.add(TemplateSources.where(template, node) + " text \"" + visible.replaceAll("\\s+", " ") + "\"");
                }
            } else if (node instanceof Element element) {
                String name = element.getElementName().toLowerCase();
                if (name.equals("script") || name.equals("style") || "all".equals(element.getAttributeValue("th:remove"))) {
                    continue;
                }
                checkAttributes(template, element, problems);
                check(template, element, replaced || replacesContent(element), problems);
            }
        }
    }

    /**
     * Whether the element's own content never shows: it is replaced by a text or by another template's fragment. A
     * {@code th:replace}/{@code th:insert} that pulls parts of this same template into a layout ({@code ~{::section}})
     * shows those parts, so their text counts.
     */
    private static boolean replacesContent(Element element) {
        return element.getAttributeMap().entrySet().stream().anyMatch(attribute -> REPLACING.contains(attribute.getKey())
                && !(attribute.getValue() != null && attribute.getValue().contains("~{::")));
    }

    private static void checkAttributes(Template template, Element element, List<String> problems) {
        Map<String, String> attributes = element.getAttributeMap();
        String thAttr = attributes.getOrDefault("th:attr", "");
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String name = attribute.getKey().toLowerCase();
            String value = attribute.getValue() == null ? "" : attribute.getValue();
            boolean shown = TEXT_ATTRIBUTES.contains(name) || (name.equals("value")
                    && element.elementNameMatches("input") && BUTTON_INPUTS.contains(attributes.getOrDefault("type", "")));
            if (shown && LETTER.matcher(value).find() && !attributes.containsKey("th:" + name)
                    && !attributes.containsKey("data-th-" + name) && !thAttr.contains(name + "=")) {
                problems.add(TemplateSources.where(template, element) + " " + name + "=\"" + value + "\"");
            }
            if (TEXT_EXPRESSIONS.contains(name) && hasQuotedWords(value)) {
                problems.add(TemplateSources.where(template, element) + " " + name + "=\"" + value + "\"");
            }
        }
    }

    /** Whether an expression holds a literal with letters outside its ${...}, #{...}, *{...}, @{...} and ~{...} parts. */
    static boolean hasQuotedWords(String expression) {
        Matcher literal = QUOTED.matcher(outsideExpressions(expression));
        while (literal.find()) {
            String content = literal.group(1) != null ? literal.group(1) : outsideExpressions(literal.group(2));
            if (LETTER.matcher(content).find()) {
                return true;
            }
        }
        return false;
    }

    private static String outsideExpressions(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (depth == 0 && "$#*@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else {
                outside.append(c);
            }
        }
        return outside.toString();
    }
}
