package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

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

    /** What counts is the handler the request reached, however its address was spelled. */
    @Test
    void onlyRequestsThatReachThePublicDirectoryAreLimited() throws Exception {
        PublicDirectoryController directory = new PublicDirectoryController(null, null, "");
        HandlerMethod search = new HandlerMethod(directory, PublicDirectoryController.class.getDeclaredMethod("search",
                DirectorySearchForm.class, Locale.class, Model.class));
        HandlerMethod map = new HandlerMethod(directory, PublicDirectoryController.class.getDeclaredMethod("map",
                DirectorySearchForm.class, Locale.class));
        HandlerMethod staff = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

        assertThat(limit.limits(search)).isTrue();
        assertThat(limit.limits(map)).isTrue();
        assertThat(limit.limits(staff)).as("another controller").isFalse();
        assertThat(limit.limits(new ResourceHttpRequestHandler())).as("static files").isFalse();
        assertThat(new PublicDirectoryRateLimit(false, 60, 3, nanos::get).limits(search)).isFalse();
    }

    @Test
    void pastTheLimitTheRequestIsRefusedWithTheSecondsToWait() throws Exception {
        HandlerMethod search = new HandlerMethod(new PublicDirectoryController(null, null, ""), PublicDirectoryController.class
                .getDeclaredMethod("search", DirectorySearchForm.class, Locale.class, Model.class));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/%64irectory");
        request.setRemoteAddr("203.0.113.9");
        for (int i = 0; i < 3; i++) {
            assertThat(limit.preHandle(request, new MockHttpServletResponse(), search)).isTrue();
        }
        assertThatThrownBy(() -> limit.preHandle(request, new MockHttpServletResponse(), search))
                .isInstanceOfSatisfying(PublicDirectoryRateLimit.Exceeded.class,
                        exceeded -> assertThat(exceeded.retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    void forwardHeadersThatEveryClientCanSetAreAConfigurationError() {
        assertThatThrownBy(() -> PublicDirectoryRateLimit.refuseUntrustedForwardHeaders("framework"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HECHT_TRUSTED_PROXIES");
        PublicDirectoryRateLimit.refuseUntrustedForwardHeaders("native");
        PublicDirectoryRateLimit.refuseUntrustedForwardHeaders("none");
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> new PublicDirectoryRateLimit(true, 0, 3, nanos::get))
                .isInstanceOf(IllegalStateException.class);
    }
}
