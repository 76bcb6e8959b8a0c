package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors show the friendly page in Hecht's layout with the right status, in the person's language (Dutch unless
 * {@code ?lang=en} or the {@code hecht-lang} cookie says English), with {@code <html lang>} and {@code Content-Language}
 * agreeing, and never an exception, its message or a stack trace. The pages that fail on purpose are
 * {@link FailingController}'s, which every test context has (so this class shares the context of the other
 * {@code RANDOM_PORT} tests instead of booting one of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesIntegrationTests {

    private static final String SECRET_DETAIL = FailingController.SECRET_DETAIL;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private HechtBrowser socialWorker;

    @BeforeAll
    void logIn() {
        socialWorker = new HechtBrowser(port).logIn("socialworker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void anUnknownAddressIsAFriendly404(String language) {
        HttpResponse<String> page = socialWorker.get("/geen/pagina/hier" + languageParameter(language), null);

        assertFriendlyErrorPage(page, 404, "404", language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void aNonAdministratorOpeningTheAccountsGetsAFriendly403(String language) {
        HttpResponse<String> page = socialWorker.get("/admin/accounts" + languageParameter(language), null);

        assertFriendlyErrorPage(page, 403, "403", language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void anExceptionIsAFriendly500WithoutItsDetails(String language) {
        HttpResponse<String> page = socialWorker.get("/test/failure" + languageParameter(language), null);

        assertFriendlyErrorPage(page, 500, "500", language);
        assertThat(page.body()).doesNotContain(SECRET_DETAIL, "IllegalStateException", "FailingController");
    }

    @Test
    void aMalformedRequestIsAFriendly400() {
        HttpResponse<String> page = socialWorker.get("/test/number?n=twelve", null);

        assertFriendlyErrorPage(page, 400, "400", "nl");
    }

    @Test
    void aRefusalOfTheDomainIsA400WithItsReason() {
        HttpResponse<String> page = socialWorker.get("/test/refused?lang=en", null);

        assertFriendlyErrorPage(page, 400, "400", "en");
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(messages.getMessage("account.error.not-found", null, Locale.ENGLISH), "UTF-8"));
    }

    @Test
    void theLanguageCookieChoosesEnglish() {
        HttpResponse<String> page = socialWorker.get("/geen/pagina/hier", "en");

        assertFriendlyErrorPage(page, 404, "404", "en");
    }

    @Test
    void aLanguageHechtDoesNotSpeakGivesDutch() {
        HttpResponse<String> page = socialWorker.get("/geen/pagina/hier?lang=de", null);

        assertFriendlyErrorPage(page, 404, "404", "nl");
    }

    private void assertFriendlyErrorPage(HttpResponse<String> page, int status, String kind, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String body = page.body();
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Language")).hasValue(language);
        assertThat(body).contains("<html lang=\"" + language + "\"");
        assertThat(body).contains("<main id=\"main\"");
        assertThat(body).containsPattern("<link rel=\"stylesheet\" href=\"/css/hecht-[0-9a-f]{32}\\.css\">");
        assertThat(body).contains(HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".title", null, locale), "UTF-8"));
        assertThat(body).contains(HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".text", null, locale), "UTF-8"));
        assertThat(body).contains(HtmlUtils.htmlEscape(messages.getMessage("error.code", new Object[] {status}, locale), "UTF-8"));
        assertThat(body).doesNotContain("Exception", "Whitelabel", "\tat ", "at org.springframework", "at nl.hecht", "trace");
    }

    private static String languageParameter(String language) {
        return language.equals("nl") ? "" : "?lang=" + language;
    }
}
