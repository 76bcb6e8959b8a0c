package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CSP allows images from the configured tile server, and from nowhere else. */
class ContentSecurityPolicyTests {

    @Test
    void withoutATileServerImagesComeOnlyFromHecht() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(""))
                .contains("img-src 'self' data: blob:;")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
    }

    @Test
    void aTileServerTemplateBecomesItsOrigin() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://*.tile.example.org;");
        assertThat(SecurityConfiguration.tileOrigin("http://tiles.local:8081/{z}/{x}/{y}.png"))
                .contains("http://tiles.local:8081");
    }

    @Test
    void aTileUrlThatIsNoHttpAddressIsRefusedAtStartUp() {
        assertThatThrownBy(() -> SecurityConfiguration.tileOrigin("javascript:alert(1)"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecurityConfiguration.tileOrigin("https://evil.org'; script-src *"))
                .isInstanceOf(IllegalStateException.class);
    }
}
