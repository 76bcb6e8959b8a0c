package nl.hecht.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (a passphrase is welcome), at most
 * {@value #MAX_LENGTH}, and not on the bundled list of common passwords. No composition rules (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("identity/common-passwords.txt");
    }

    /** Empty when the password is acceptable, else the message key of the reason. */
    public Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.error.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))
                || lower.chars().distinct().count() < 4) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String path) {
        Set<String> words = new HashSet<>(64_000);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of common passwords", e);
        }
        return Set.copyOf(words);
    }
}
