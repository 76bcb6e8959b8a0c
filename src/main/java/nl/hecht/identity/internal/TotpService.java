package nl.hecht.identity.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import nl.hecht.shared.demo.DemoProperties;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app reads them from a
 * QR code. A code is accepted one step early or late, and each step only once (see {@link Account#useTotpStep}).
 */
@Component
public class TotpService {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;

    private final Clock clock;
    private final DemoProperties demo;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    public TotpService(Clock clock, DemoProperties demo) {
        this.clock = clock;
        this.demo = demo;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** A PNG data URI of the otpauth:// QR code for an authenticator app. */
    public String qrDataUri(String secret, String accountLabel) {
        QrData data = new QrData.Builder().label(accountLabel).secret(secret).issuer("Hecht")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be made", e);
        }
    }

    /** The time step (0 if none) at which the code is valid for this secret, within one step of now; -1 if none. */
    public long matchingStep(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return -1;
        }
        if (DemoProperties.DEMO_TOTP_SECRET.equals(secret) && !demo.enabled()) {
            return -1; // the published demo secret is worthless outside demo mode
        }
        long now = currentStep();
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(given, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return step;
            }
        }
        return -1;
    }

    /**
     * In demo mode only: the code of the published demo secret for this time step, so that the second-factor page
     * can show it to someone trying Hecht without an authenticator app; empty outside demo mode.
     */
    public Optional<String> currentDemoCode() {
        return demo.enabled() ? Optional.of(codeAt(DemoProperties.DEMO_TOTP_SECRET, currentStep())) : Optional.empty();
    }

    public long currentStep() {
        return Math.floorDiv(clock.millis() / 1000, PERIOD_SECONDS);
    }

    String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fresh recovery codes, shown once to the person; the account keeps only their hashes. */
    public List<String> newRecoveryCodes() {
        return Arrays.stream(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES)).toList();
    }

    public static Set<String> hashRecoveryCodes(List<String> codes) {
        return codes.stream().map(TotpService::hashRecoveryCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String hashRecoveryCode(String code) {
        return Hashes.sha256(code.strip().toLowerCase(Locale.ROOT).replace(" ", ""));
    }
}
