package nl.hecht.directory.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the public directory (R245–R247) per client address with a token bucket: {@code burst} requests at once,
 * refilled at {@code per-minute} a minute (defaults 20 and 60; {@code hecht.public-directory.rate-limit.*}). Past the
 * limit the answer is 429 with {@code Retry-After} and a friendly Dutch page. Only {@code /public/directory...} counts;
 * static files do not.
 * <p>
 * The client address is the request's remote address: behind a reverse proxy set {@code HECHT_FORWARD_HEADERS=native}
 * (or {@code framework}) so that it is the visitor's and not the proxy's, or all visitors share one bucket. The buckets
 * live in this node's memory: with several nodes the limit holds per node. Addresses are never logged (personal
 * data); buckets that are full again are forgotten once more than {@value #MAX_CLIENTS} clients are tracked.
 * Uses the monotonic clock (System.nanoTime), not the domain {@code Clock}: this is a technical rate, not a business time.
 */
@Component
class PublicDirectoryRateLimit extends OncePerRequestFilter {

    static final String BUSY_PATH = "/public/directory/too-many-requests";
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
            @Value("${hecht.public-directory.rate-limit.burst:20}") int burst) {
        this(enabled, perMinute, burst, System::nanoTime);
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

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !enabled || !(path.equals("/public/directory") || path.startsWith("/public/directory/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitSeconds = take(String.valueOf(request.getRemoteAddr()));
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(waitSeconds));
        request.getRequestDispatcher(BUSY_PATH).forward(request, response);
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
