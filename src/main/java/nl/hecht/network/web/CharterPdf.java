package nl.hecht.network.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.hecht.network.internal.view.CharterPage;

/**
 * The charter as a PDF: the template {@value #TEMPLATE} (well-formed XHTML, the same content fragment as the page)
 * rendered by openhtmltopdf with PDFBox. The text is real text (searchable, readable by a screen reader) in Liberation
 * Sans, the font PDFBox ships inside its jar (the frontend's Atkinson Hyperlegible Next is woff2 only, which
 * openhtmltopdf cannot embed), so nothing is downloaded and Dutch characters (ë, ï, é, €, –) come out right; PDF/UA
 * tagging gives the document its structure, title and language.
 */
@Component
class CharterPdf {

    static final String TEMPLATE = "network/charter-pdf";
    /** Liberation Sans, as shipped in the PDFBox jar (its fallback font for forms). */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";

    private final ITemplateEngine templates;

    CharterPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(CharterPage page, Locale locale) {
        String xhtml = templates.process(TEMPLATE, new Context(locale, Map.of("page", page)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Hecht");
            builder.useFont(CharterPdf::font, FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(CharterPdf::font, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = CharterPdf.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path: " + FONT);
        }
        return font;
    }

    /** "waar-staan-wij-voor-wijkverband-oost.pdf": the network's name in lower-case letters, digits and dashes. */
    static String fileName(CharterPage page) {
        String ascii = Normalizer.normalize(page.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "waar-staan-wij-voor-" + (slug.isEmpty() ? "netwerk" : slug) + ".pdf";
    }
}
