package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;

/** A constraint without its own message still speaks a Dutch sentence (not the validator's "mag niet onbeschreven zijn"). */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it makes this class share the context of the MockMvc tests
class ValidationMessagesIntegrationTests {

    record Sample(@NotBlank String name, @NotNull Integer count, @Size(max = 3) String code, @Email String email,
            @Max(10) Integer size) {
    }

    @Autowired
    Validator validator;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void constraintMessagesAreDutchSentences() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));

        Set<String> messages = validator.validate(new Sample(" ", null, "ABCD", "geen-adres", 11)).stream()
                .map(violation -> violation.getMessage()).collect(Collectors.toSet());

        assertThat(messages).containsExactlyInAnyOrder("Vul dit veld in.", "Vul dit veld in of maak een keuze.",
                "Gebruik hier niet meer dan 3 tekens.", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
                "Vul een getal in van 10 of minder.");
    }

    @Test
    void englishPagesGetEnglishSentences() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        Set<String> messages = validator.validate(new Sample(" ", 1, null, null, null)).stream()
                .map(violation -> violation.getMessage()).collect(Collectors.toSet());

        assertThat(messages).containsExactly("Please fill in this field.");
    }
}
