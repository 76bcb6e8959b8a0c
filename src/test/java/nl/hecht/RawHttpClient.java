package nl.hecht;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.hecht.shared.MutableClock;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} will not send: any {@code Host} header, and
 * requests exactly as given (a CSRF token only in the address, say). Keeps cookies and the CSRF token of the last page
 * read, like {@link HttpTestClient}; follows no redirects.
 */
public final class RawHttpClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A response: status, headers (names in lower case) and body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String location() {
            return header("location");
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.get(0);
        }
    }

    private final int port;
    private final String host;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    /** A client that sends {@code Host: host} to Hecht on localhost:port. */
    public RawHttpClient(int port, String host) {
        this.port = port;
        this.host = host;
    }

    public Response get(String path) {
        return send("GET", path, Map.of(), null, null);
    }

    /** A form post with the CSRF token of the last page read in the body. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf());
        return postExactly(path, form, Map.of());
    }

    /** A form post of exactly these fields and headers: no CSRF token is added. */
    public Response postExactly(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, headers, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart form post of these text fields and one (empty) file part {@code fileField}; no token is added. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField) {
        String boundary = "hecht-test-boundary";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"leeg.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send("POST", path, Map.of(), "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A full login: password, then the TOTP code of the next time step (see HttpTestClient#logIn). */
    public void logIn(String username, String password, String totpSecret) {
        get("/login");
        Response afterPassword = post("/login", Map.of("username", username, "password", password));
        if (!afterPassword.location().endsWith("/login/code")) {
            throw new IllegalStateException("password refused: " + afterPassword.status() + " " + afterPassword.location());
        }
        get("/login/code");
        long step = MutableClock.shared().nextTotpStep();
        Response afterCode = post("/login/code", Map.of("code", HttpTestClient.totpCode(totpSecret, step)));
        if (afterCode.status() != 302 || afterCode.location().contains("/login")) {
            throw new IllegalStateException("code refused: " + afterCode.status() + " " + afterCode.location());
        }
    }

    /** The CSRF token of the last page read. */
    public String csrf() {
        if (csrf == null) {
            throw new IllegalStateException("no page with a CSRF token read yet");
        }
        return csrf;
    }

    private Response send(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        request.append("Host: ").append(host).append("\r\n");
        request.append("Connection: close\r\n");
        if (!cookies.isEmpty()) {
            request.append("Cookie: ").append(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                    .append("\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
            request.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            Response response = parse(socket.getInputStream().readAllBytes());
            keepCookies(response.headers().getOrDefault("set-cookie", List.of()));
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] nameValue = lines[i].split(":", 2);
            headers.computeIfAbsent(nameValue[0].strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(nameValue.length > 1 ? nameValue[1].strip() : "");
        }
        byte[] content = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(value -> value.equalsIgnoreCase("chunked"))) {
            content = dechunk(content);
        }
        return new Response(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder sizeLine = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    sizeLine.append((char) c);
                }
            }
            String size = sizeLine.toString().split(";")[0].strip();
            if (size.isEmpty() || c == -1) {
                return out.toByteArray();
            }
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.read(); // \r
            in.read(); // \n
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no end of the response head");
    }

    private void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
            String attributes = setCookie.toLowerCase(Locale.ROOT);
            if (attributes.contains("max-age=0") || nameValue.length < 2 || nameValue[1].isEmpty()) {
                cookies.remove(nameValue[0].strip());
            } else {
                cookies.put(nameValue[0].strip(), nameValue[1].strip());
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
