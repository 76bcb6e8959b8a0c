package nl.hecht.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in every test context: one per JVM ({@link #shared()}), registered as the primary
 * {@link Clock} by {@link TestClockContextCustomizerFactory}, so all test contexts (which share the demo accounts in
 * one database) agree on the time. It starts at the real time and only moves forward: a test that needs a later
 * moment advances it; a test logging in a demo account advances it to the next TOTP step, since each step is accepted
 * once per account.
 */
public final class MutableClock extends Clock {

    private static final MutableClock SHARED = new MutableClock(Instant.now());

    private final AtomicReference<Instant> now;

    private MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** The one test clock of this JVM. */
    public static MutableClock shared() {
        return SHARED;
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the test clock only moves forward");
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Moves to the start of the next TOTP time step (30 s) and returns that step. */
    public long nextTotpStep() {
        Instant moved = now.updateAndGet(instant -> Instant.ofEpochSecond((instant.getEpochSecond() / 30 + 1) * 30));
        return moved.getEpochSecond() / 30;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
