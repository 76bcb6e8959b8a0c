package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void tooShort() {
        assertThat(POLICY.check("kort1234567", "jan")).contains("password.error.short");
        assertThat(POLICY.check("", "jan")).contains("password.error.short");
        assertThat(POLICY.check(null, "jan")).contains("password.error.short");
    }

    @Test
    void tooLong() {
        assertThat(POLICY.check("a long sentence ".repeat(9), "jan")).contains("password.error.long");
    }

    @Test
    void onTheListOfCommonPasswordsWhateverTheCase() {
        assertThat(POLICY.check("password1234", "jan")).contains("password.error.common");
        assertThat(POLICY.check("QwertyUiop123", "jan")).contains("password.error.common");
    }

    @Test
    void containsTheUsername() {
        assertThat(POLICY.check("mijn naam is Noor.Jansen", "noor.jansen")).contains("password.error.common");
    }

    @Test
    void tooFewDifferentCharacters() {
        assertThat(POLICY.check("abababababababab", "jan")).contains("password.error.common");
    }

    @Test
    void aPassphraseIsFine() {
        assertThat(POLICY.check("fietsen langs de vecht in mei", "noor.jansen")).isEmpty();
        assertThat(POLICY.check("exactly12chr", "jan")).isEmpty();
    }
}
