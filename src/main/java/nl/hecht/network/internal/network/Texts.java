package nl.hecht.network.internal.network;

/** Small text helpers for the network aggregate. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
