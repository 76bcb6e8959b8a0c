package nl.hecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import nl.hecht.shared.MutableClock;

/**
 * A cookie-keeping HTTP client for tests against Hecht on a real port: what a browser does for forms, without one.
 * Follows no redirects, so tests see them; sends the CSRF token of the last page it read with every form.
 */
public final class HttpTestClient {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "hecht-demo";
    /** The TOTP secret of every demo account (base32). */
    public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public HttpTestClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The password step only: returns the response to the login form (a redirect either way). */
    public HttpResponse<String> submitPassword(String username, String password) {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        return post("/login", Map.of("username", username, "password", password));
    }

    /**
     * A full login: password, then the TOTP code. The application runs on the shared test clock, which this moves to
     * the next time step first: a step is accepted once per account, and other tests log in the same demo accounts.
     */
    public void logIn(String username, String password, String totpSecret) {
        HttpResponse<String> afterPassword = submitPassword(username, password);
        assertThat(afterPassword.statusCode()).as("redirect after the password").isEqualTo(302);
        assertThat(location(afterPassword)).as("password accepted").endsWith("/login/code");
        assertThat(get("/login/code").statusCode()).isEqualTo(200);
        long step = MutableClock.shared().nextTotpStep();
        HttpResponse<String> afterCode = post("/login/code", Map.of("code", totpCode(totpSecret, step)));
        assertThat(afterCode.statusCode()).as("second factor accepted for " + username).isEqualTo(302);
        assertThat(location(afterCode)).as("logged in").doesNotContain("/login");
    }

    public void logInDemo(String username) {
        logIn(username, DEMO_PASSWORD, DEMO_TOTP_SECRET);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    public static String totpCode(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            keepCookies(response.headers().allValues("Set-Cookie"));
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
            String attributes = setCookie.toLowerCase(java.util.Locale.ROOT);
            if (attributes.contains("max-age=0") || nameValue.length < 2 || nameValue[1].isEmpty()) {
                cookies.remove(nameValue[0].strip());
            } else {
                cookies.put(nameValue[0].strip(), nameValue[1].strip());
            }
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
