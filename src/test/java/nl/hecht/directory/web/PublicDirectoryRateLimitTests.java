package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The token bucket of the public directory (R245–R247): a burst, then one request per refill interval per client. */
class PublicDirectoryRateLimitTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final PublicDirectoryRateLimit limit = new PublicDirectoryRateLimit(true, 60, 3, nanos::get);

    @Test
    void aBurstPassesThenTheClientWaitsForTheNextToken() {
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(1);
        assertThat(limit.take("b")).as("another client has its own bucket").isZero();
        nanos.addAndGet(1_000_000_000L);
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(1);
    }

    @Test
    void aLongPauseRefillsNoMoreThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limit.take("a");
        }
        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a")).isZero();
        }
        assertThat(limit.take("a")).isPositive();
    }

    @Test
    void onlyThePublicDirectoryIsLimited() {
        assertThat(limit.shouldNotFilter(new MockHttpServletRequest("GET", "/public/directory"))).isFalse();
        assertThat(limit.shouldNotFilter(new MockHttpServletRequest("GET", "/public/directory/map.json"))).isFalse();
        assertThat(limit.shouldNotFilter(new MockHttpServletRequest("GET", "/directory"))).isTrue();
        assertThat(limit.shouldNotFilter(new MockHttpServletRequest("GET", "/public/directoryx"))).isTrue();
        assertThat(limit.shouldNotFilter(new MockHttpServletRequest("GET", "/css/hecht.css"))).isTrue();
        assertThat(new PublicDirectoryRateLimit(false, 60, 3, nanos::get)
                .shouldNotFilter(new MockHttpServletRequest("GET", "/public/directory"))).isTrue();
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new PublicDirectoryRateLimit(true, 0, 3, nanos::get))
                .isInstanceOf(IllegalStateException.class);
    }
}
