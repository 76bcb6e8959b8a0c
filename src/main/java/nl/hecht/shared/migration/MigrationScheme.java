package nl.hecht.shared.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Hecht names its Flyway migrations: {@code V<yyyyMMddHHmm>__<module>_<what>.sql}, e.g.
 * {@code V202612041300__shared_event_publication.sql}. The version is the moment the migration was written, so a new
 * migration of any module sorts after every existing one, and no module needs a block of numbers of its own.
 */
public final class MigrationScheme {

    /** Versions of this scheme have twelve digits; the scheme began in November 2026. */
    public static final long FIRST_VERSION = 202611240800L;

    private static final Pattern NAME = Pattern.compile("V(\\d{12})__([a-z]+)_([a-z0-9_]+)\\.sql");

    private MigrationScheme() {
    }

    /** The parts of a migration's file name, when it follows the scheme. */
    public static Optional<Name> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Name(Long.parseLong(matcher.group(1)), matcher.group(2), matcher.group(3)));
    }

    /** A version that an applied migration of an earlier build has (V1, V20, V36, ...), not of this scheme. */
    public static boolean isOfAnEarlierBuild(String version) {
        return version.length() != 12 || !version.chars().allMatch(Character::isDigit)
                || Long.parseLong(version) < FIRST_VERSION;
    }

    /** @param version yyyyMMddHHmm as a number */
    public record Name(long version, String module, String what) {
    }
}
