package nl.hecht.shared;

/**
 * Text as people type it: letters, digits, punctuation, spaces, tabs and line breaks, but no control characters (NUL,
 * escape, ...). Names and texts are shown to others, exported and searched; a control character in them is a mistake
 * or an attack, never something a person meant to type.
 */
public final class PlainText {

    /** The message key of the refusal. */
    public static final String CONTROL_CHARACTERS = "text.error.control-characters";

    private static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** Whether the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each such control character replaced by a visible sign (U+FFFD). */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(isControl(c) ? REPLACEMENT : c);
        }
        return shown.toString();
    }

    /** Refuses a text with control characters ({@link #CONTROL_CHARACTERS}); null passes. */
    public static String check(String text) {
        if (text != null && hasControlCharacters(text)) {
            throw new DomainException(CONTROL_CHARACTERS);
        }
        return text;
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
