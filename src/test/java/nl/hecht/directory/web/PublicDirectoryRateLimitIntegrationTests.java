package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rate limit of the public directory over real HTTP (Tomcat on a random port, bytes on a socket,
 * so that no client library tidies the address up). Every spelling of the address that reaches the public directory
 * takes a token from the same bucket, and the client address comes from {@code X-Forwarded-For} only when the request
 * comes from a trusted proxy. Here the trusted proxy is 127.0.0.1 ({@code HECHT_TRUSTED_PROXIES}); a client that is no
 * proxy connects from 127.0.0.2, another loopback address. A burst of 3 and 1 token a minute.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "HECHT_FORWARD_HEADERS=native", "HECHT_TRUSTED_PROXIES=127\\.0\\.0\\.1",
        "hecht.public-directory.rate-limit.burst=3", "hecht.public-directory.rate-limit.per-minute=1" })
class PublicDirectoryRateLimitIntegrationTests {

    private static final String PROXY = "127.0.0.1";
    private static final String NO_PROXY = "127.0.0.2";
    private static final int BURST = 3;
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    /** Spellings of public directory addresses, some of which the router takes as the directory. */
    private static final List<String> SPELLINGS = List.of("/public/%64irectory", "/public/directory%2F",
            "/public/directory;jsessionid=0123456789ABCDEF", "/public;x=1/directory", "//public/directory",
            "/public//directory", "/public/directory/", "/PUBLIC/DIRECTORY", "/Public/Directory",
            "/public/./directory", "/public/x/../directory", "/public/%64irectory/results?q=schuld",
            "/public/directory/map%2Ejson", "/%70ublic/%64irectory/map.json");

    @LocalServerPort
    int port;

    @Test
    void everySpellingOfTheAddressCountsInTheSameBucket() throws IOException {
        for (String spelling : SPELLINGS) {
            String client = newClient();
            for (int i = 0; i < BURST; i++) {
                assertThat(status(PROXY, "/public/directory", client)).as("request %d of %s", i + 1, client)
                        .isEqualTo(200);
            }
            assertThat(status(PROXY, spelling, client)).as(spelling + " past the limit").isNotEqualTo(200)
                    .isIn(429, 400, 404, 302);
        }
    }

    @Test
    void aSpellingThatReachesTheDirectoryTakesATokenOfTheClientsBucket() throws IOException {
        for (String spelling : SPELLINGS) {
            String client = newClient();
            int first = status(PROXY, spelling, client);
            if (first != 200) {
                assertThat(first).as(spelling + " does not reach the directory (refused, unknown or login)")
                        .isIn(400, 404, 302);
                continue;
            }
            for (int i = 1; i < BURST; i++) {
                assertThat(status(PROXY, spelling, client)).as(spelling).isEqualTo(200);
            }
            assertThat(status(PROXY, spelling, client)).as(spelling + " past the limit").isEqualTo(429);
            assertThat(status(PROXY, "/public/directory", client)).as("after " + spelling).isEqualTo(429);
        }
        assertThat(status(PROXY, "/public/%64irectory", newClient())).as("the issue's spelling reaches the directory")
                .isEqualTo(200);
    }

    @Test
    void aForwardedForFromAClientThatIsNoTrustedProxyIsIgnored() throws IOException {
        for (int i = 0; i < BURST; i++) {
            assertThat(status(NO_PROXY, "/public/directory", newClient())).isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(status(NO_PROXY, "/public/directory", newClient()))
                    .as("a new X-Forwarded-For from an untrusted address gives no new bucket").isEqualTo(429);
        }
    }

    @Test
    void behindTheProxyOnlyTheAddressTheProxyAddedCounts() throws IOException {
        // a client in a private network (10.0.0.5) sends its own X-Forwarded-For; the proxy appends the address it saw
        for (int i = 0; i < BURST; i++) {
            assertThat(status(PROXY, "/public/directory", newClient() + ", 10.0.0.5")).isEqualTo(200);
        }
        assertThat(status(PROXY, "/public/directory", newClient() + ", 10.0.0.5"))
                .as("the spoofed first address gives no new bucket").isEqualTo(429);
        assertThat(status(PROXY, "/public/directory", "10.0.0.6")).as("another client has its own bucket")
                .isEqualTo(200);
    }

    /** Without HECHT_TRUSTED_PROXIES only a proxy on the same machine is trusted, no private network. */
    @Test
    void byDefaultOnlyLoopbackIsATrustedProxy() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String setting = properties.getProperty("server.tomcat.remoteip.internal-proxies");
        assertThat(setting).as("server.tomcat.remoteip.internal-proxies").isNotNull();
        Matcher placeholder = Pattern.compile("\\$\\{HECHT_TRUSTED_PROXIES:(.*)}").matcher(setting);
        assertThat(placeholder.matches()).as(setting).isTrue();
        Pattern trusted = Pattern.compile(placeholder.group(1));
        for (String address : List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1")) {
            assertThat(trusted.matcher(address).matches()).as(address).isTrue();
        }
        for (String address : List.of("10.0.0.5", "192.168.1.20", "172.16.0.1", "169.254.1.1", "203.0.113.1",
                "fd00:0:0:0:0:0:0:1")) {
            assertThat(trusted.matcher(address).matches()).as(address).isFalse();
        }
    }

    /** A documentation address of its own for every simulated visitor. */
    private static String newClient() {
        int n = CLIENTS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** Sends a GET with exactly this request target from this local address; answers the status code. */
    private int status(String from, String target, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher statusLine = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(response);
            if (!statusLine.find()) {
                throw new AssertionError("no HTTP answer to " + target + ": " + response);
            }
            return Integer.parseInt(statusLine.group(1));
        }
    }
}
