package nl.hecht.network.web;




/** What the network forms type as text and the domain takes as a number or an absent value. */
final class FormErrors {

    private FormErrors() {
    }

    static Integer number(String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }

    static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
