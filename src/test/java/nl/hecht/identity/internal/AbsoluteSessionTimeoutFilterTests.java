package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session limit: a session older than 12 hours ends, however active it was. */
class AbsoluteSessionTimeoutFilterTests {

    static final Duration LIMIT = Duration.ofHours(12);

    final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(LIMIT);

    @Test
    void sessionYoungerThanTheLimitGoesOn() throws Exception {
        AgedSession session = new AgedSession(LIMIT.minusMinutes(1));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request(session), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void sessionOlderThanTheLimitEndsAndGoesToLogin() throws Exception {
        AgedSession session = new AgedSession(LIMIT.plusSeconds(1));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request(session), response, chain);

        assertThat(chain.getRequest()).as("not passed on").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/hecht/login?expired");
    }

    @Test
    void requestWithoutSessionGoesOnWithoutOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hecht/");
        request.setContextPath("/hecht");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(request.getSession(false)).as("no session created").isNull();
    }

    @Test
    void limitIsConfigurable() throws Exception {
        AbsoluteSessionTimeoutFilter shortLimit = new AbsoluteSessionTimeoutFilter(Duration.ofHours(1));
        AgedSession session = new AgedSession(Duration.ofMinutes(61));
        MockFilterChain chain = new MockFilterChain();

        shortLimit.doFilter(request(session), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hecht/");
        request.setContextPath("/hecht");
        request.setSession(session);
        return request;
    }

    /** A session created the given time ago. */
    static final class AgedSession extends MockHttpSession {

        private final long creationTime;

        AgedSession(Duration age) {
            this.creationTime = System.currentTimeMillis() - age.toMillis();
        }

        @Override
        public long getCreationTime() {
            return creationTime;
        }
    }
}
