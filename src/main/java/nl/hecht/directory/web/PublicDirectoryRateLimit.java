package nl.hecht.directory.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits the public directory (R245–R247) per client address with a token bucket: {@code burst} requests at once,
 * refilled at {@code per-minute} a minute (defaults 20 and 60; {@code hecht.public-directory.rate-limit.*}). Past the
 * limit {@link Exceeded} is thrown, which {@link PublicDirectoryController} answers with 429, {@code Retry-After} and a
 * friendly Dutch page.
 * <p>
 * What counts is the <b>handler</b> Spring MVC resolved, not how the address was spelled: every request that reaches
 * a method of {@link PublicDirectoryController} takes a token, whether it came as {@code /public/directory},
 * {@code /public/%64irectory}, with a path parameter or any other spelling the router accepts.
 * Static files and every other page do not count.
 * <p>
 * The client address is the request's remote address. Behind a reverse proxy, {@code HECHT_FORWARD_HEADERS=native}
 * makes it the address the proxy puts in {@code X-Forwarded-For}, but only for requests that come from an address in
 * {@code HECHT_TRUSTED_PROXIES} (Tomcat's {@code RemoteIpValve}, see the README); from any other address the header
 * is ignored, so a client cannot get a new bucket by sending its own. The buckets live in this node's memory: with
 * several nodes the limit holds per node. Addresses are never logged (personal data); buckets that are full again are
 * forgotten once more than {@value #MAX_CLIENTS} clients are tracked. Uses the monotonic clock (System.nanoTime), not
 * the domain {@code Clock}: this is a technical rate, not a business time.
 */
@Component
class PublicDirectoryRateLimit implements HandlerInterceptor, WebMvcConfigurer {

    static final int MAX_CLIENTS = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final boolean enabled;
    private final double burst;
    private final double tokensPerNano;
    private final LongSupplier ticker;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    PublicDirectoryRateLimit(@Value("${hecht.public-directory.rate-limit.enabled:true}") boolean enabled,
            @Value("${hecht.public-directory.rate-limit.per-minute:60}") int perMinute,
            @Value("${hecht.public-directory.rate-limit.burst:20}") int burst,
            @Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
        this(enabled, perMinute, burst, System::nanoTime);
        refuseUntrustedForwardHeaders(forwardHeaders);
    }

    PublicDirectoryRateLimit(boolean enabled, int perMinute, int burst, LongSupplier ticker) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalStateException("hecht.public-directory.rate-limit.per-minute and .burst must be 1 or more");
        }
        this.enabled = enabled;
        this.burst = burst;
        this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
        this.ticker = ticker;
    }

    /**
     * {@code framework} (Spring's ForwardedHeaderFilter) believes {@code X-Forwarded-For} from every client, so each
     * client could choose its own address and bucket; only {@code native} asks where the request came from.
     */
    static void refuseUntrustedForwardHeaders(String strategy) {
        if ("framework".equalsIgnoreCase(strategy == null ? "" : strategy.strip())) {
            throw new IllegalStateException("HECHT_FORWARD_HEADERS=framework trusts X-Forwarded-For from every client;"
                    + " use HECHT_FORWARD_HEADERS=native with HECHT_TRUSTED_PROXIES set to the proxy's address");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (limits(handler)) {
            long waitSeconds = take(String.valueOf(request.getRemoteAddr()));
            if (waitSeconds > 0) {
                throw new Exceeded(waitSeconds);
            }
        }
        return true;
    }

    /** Whether a request to this handler takes a token: every method of the public directory's controller. */
    boolean limits(Object handler) {
        return enabled && handler instanceof HandlerMethod method
                && PublicDirectoryController.class.isAssignableFrom(method.getBeanType());
    }

    /** Takes a token for the client: 0 when there was one, else the whole seconds until there is one. */
    long take(String client) {
        long now = ticker.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, burst, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double nanos = (1 - bucket.tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000d));
        }
    }

    private void forgetFullBuckets(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, burst, tokensPerNano);
                if (bucket.tokens >= burst) {
                    it.remove();
                }
            }
        }
    }

    /** A client asked too often; it may ask again after {@link #retryAfterSeconds()}. */
    static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long retryAfterSeconds;

        Exceeded(long retryAfterSeconds) {
            super("rate limit of the public directory exceeded", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final class Bucket {

        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, double capacity, double tokensPerNano) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
                updated = now;
            }
        }
    }
}
