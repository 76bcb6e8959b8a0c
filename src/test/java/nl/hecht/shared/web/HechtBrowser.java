package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import nl.hecht.shared.demo.DemoProperties;

/**
 * A plain HTTP client against the running application, as a browser talks to it: it logs in a demo account through
 * the real login steps (password, then the TOTP code of the published demo secret) and then sends requests with just
 * that session cookie and, if asked, the language cookie.
 */
final class HechtBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String session;

    HechtBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs a demo account in completely; waits for the next TOTP step if another test just used this one. */
    HechtBrowser logIn(String username) {
        CookieManager cookies = new CookieManager();
        HttpClient login = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String csrf = csrf(send(login, get("/login")).body());
        HttpResponse<String> password = send(login, post("/login",
                Map.of("username", username, "password", DemoProperties.DEMO_PASSWORD, "_csrf", csrf)));
        assertThat(password.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login/code"));
        String codePage = send(login, get("/login/code")).body();
        for (int attempt = 0; attempt < 3; attempt++) {
            long now = System.currentTimeMillis();
            HttpResponse<String> code = send(login, post("/login/code", Map.of("code", totp(now / 30_000), "_csrf", csrf(codePage))));
            if (code.statusCode() == 302) {
                session = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                        .map(HttpCookie::getValue).findFirst().orElseThrow();
                return this;
            }
            codePage = code.body();
            sleep(30_000 - now % 30_000 + 500);
        }
        throw new IllegalStateException("the demo code for " + username + " was not accepted");
    }

    /** GET a path with the session (if logged in) and the given language cookie (or none). */
    HttpResponse<String> get(String path, String languageCookie) {
        HttpRequest.Builder request = get(path);
        StringBuilder cookie = new StringBuilder();
        if (session != null) {
            cookie.append("SESSION=").append(session);
        }
        if (languageCookie != null) {
            cookie.append(cookie.isEmpty() ? "" : "; ").append(WebConfiguration.LANGUAGE_COOKIE).append('=').append(languageCookie);
        }
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie.toString());
        }
        return send(client, request);
    }

    HttpResponse<byte[]> getBytes(String pathOrUrl) {
        return getBytes(pathOrUrl, Map.of());
    }

    HttpResponse<byte[]> getBytes(String pathOrUrl, Map<String, String> headers) {
        HttpRequest.Builder request = get(pathOrUrl);
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF field in the form").isTrue();
        return token.group(1);
    }

    private static String totp(long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(DemoProperties.DEMO_TOTP_SECRET, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
