package nl.hecht.network.internal.network;

import nl.hecht.shared.PlainText;

/** Small text helpers for the network aggregate. */
final class Texts {

    private Texts() {
    }

    /** The text without surrounding spaces, or null when blank; refused when it holds control characters. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : PlainText.check(value.strip());
    }
}
