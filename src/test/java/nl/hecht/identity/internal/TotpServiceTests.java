package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.hecht.shared.demo.DemoProperties;

class TotpServiceTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:15Z"), ZoneOffset.UTC);

    @Test
    void demoModeGivesTheCurrentCodeOfTheDemoSecretAndItIsAccepted() {
        TotpService totp = new TotpService(clock, new DemoProperties(true));

        String code = totp.currentDemoCode().orElseThrow();

        assertThat(code).matches("\\d{6}");
        assertThat(totp.matchingStep(DemoProperties.DEMO_TOTP_SECRET, code)).isEqualTo(totp.currentStep());
    }

    @Test
    void outsideDemoModeThereIsNoDemoCode() {
        assertThat(new TotpService(clock, new DemoProperties(false)).currentDemoCode()).isEmpty();
    }
}
