package nl.hecht.shared.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: seeds the fictional "Regio Voorbeeld" with fictional people. On for {@code mvn spring-boot:run},
 * off by default in a packaged jar.
 *
 * @param enabled whether demo data is seeded and the demo TOTP secret is accepted
 */
@ConfigurationProperties("hecht.demo")
public record DemoProperties(boolean enabled) {

    /** The TOTP secret of every demo account; refused unless demo mode is on. */
    public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "hecht-demo";
}
