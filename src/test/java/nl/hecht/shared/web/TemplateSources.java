package nl.hecht.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Thymeleaf templates of every module, read from the class path and parsed with Thymeleaf's own HTML parser
 * (AttoParser), for the tests that check what templates may contain.
 */
final class TemplateSources {

    /** One template: its name under {@code templates/}, its source and its parsed markup. */
    record Template(String name, String source, Document markup) {

        Stream<Element> elements() {
            return TemplateSources.elements(markup);
        }
    }

    private TemplateSources() {
    }

    static List<Template> all() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
            List<Template> templates = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf("templates/") + "templates/".length());
                templates.add(parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            templates.sort(Comparator.comparing(Template::name));
            if (templates.isEmpty()) {
                throw new IllegalStateException("no templates found on the class path");
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template parse(String name, String source) {
        try {
            TreeBuilder builder = new TreeBuilder();
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(source, builder);
            return new Template(name, source, builder.document);
        } catch (ParseException e) {
            throw new IllegalStateException(name + " is not well-formed: " + e.getMessage(), e);
        }
    }

    /** All elements below a node, depth first, in document order. */
    static Stream<Element> elements(INestableNode node) {
        return node.getChildren().stream().flatMap(TemplateSources::elementsFrom);
    }

    private static Stream<Element> elementsFrom(INode node) {
        return node instanceof Element element ? Stream.concat(Stream.of(element), elements(element)) : Stream.empty();
    }

    /**
     * Builds the tree from the parser's events. (AttoParser's own DOM builder records the column as the line, and failure
     * messages here must point at the right line.)
     */
    private static final class TreeBuilder extends AbstractMarkupHandler {

        private final Document document = new Document("template");
        private final Deque<INestableNode> open = new ArrayDeque<>(List.of(document));
        private Element current;

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized, int line, int col) {
            current = element(buffer, offset, length, line);
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            current = element(buffer, offset, length, line);
            open.push(current);
        }

        @Override
        public void handleAutoOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            handleOpenElementStart(buffer, offset, length, line, col);
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            String name = new String(buffer, offset, length);
            while (open.peek() instanceof Element element) {
                open.pop();
                if (element.getElementName().equalsIgnoreCase(name)) {
                    break;
                }
            }
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int length, int line, int col) {
            handleCloseElementStart(buffer, offset, length, line, col);
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol,
                int operatorOffset, int operatorLength, int operatorLine, int operatorCol, int valueContentOffset,
                int valueContentLength, int valueOuterOffset, int valueOuterLength, int valueLine, int valueCol) {
            current.addAttribute(new String(buffer, nameOffset, nameLength),
                    operatorLength == 0 ? null : new String(buffer, valueContentOffset, valueContentLength));
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int col) {
            Text text = new Text(new String(buffer, offset, length));
            text.setLine(line);
            open.peek().addChild(text);
        }

        private Element element(char[] buffer, int offset, int length, int line) {
            Element element = new Element(new String(buffer, offset, length));
            element.setLine(line);
            open.peek().addChild(element);
            return element;
        }
    }

    /** The element a node sits in, with the template's name and line, for failure messages. */
    static String where(Template template, INode node) {
        return template.name() + ":" + (node.hasLine() ? node.getLine() : "?");
    }
}
