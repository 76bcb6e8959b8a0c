package nl.hecht.shared.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.hecht.shared.NotFoundException;

/** The mechanism itself, on a small context of its own: granted, hidden, denied, audited, and refused at start. */
class UseCaseMechanismTests {

    @ApplicationService
    static class Diary {

        private final List<String> written = new ArrayList<>();

        /** Not public, so not a use case (and the proxy hands it to the target as it is). */
        List<String> written() {
            return written;
        }

        @UseCase(policy = "READ_DIARY")
        public String read(String owner) {
            return "diary of " + owner;
        }

        @UseCase(policy = "WRITE_DIARY", auditPurpose = "CARE")
        public void write(String owner, String line) {
            if (line.isBlank()) {
                throw new IllegalArgumentException("empty");
            }
            written.add(line);
        }
    }

    @ApplicationService
    static class Forgotten {

        public void unguarded() {
        }
    }

    static class RecordingAudit implements UseCaseAudit {

        final List<String> records = new ArrayList<>();

        @Override
        public void record(UseCaseCall call, String purpose, Outcome outcome) {
            records.add(call.useCase() + " " + purpose + " " + outcome);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(UseCaseConfiguration.class)
    static class DiaryApplication {

        @Bean
        Diary diary() {
            return new Diary();
        }

        @Bean
        RecordingAudit audit() {
            return new RecordingAudit();
        }

        @Bean
        AccessPolicy readDiary() {
            // only the owner knows the diary exists
            return AccessPolicy.of("READ_DIARY", call -> Verdict.visibleIf(call.argument(String.class)
                    .map(owner -> call.authentication() != null && owner.equals(call.authentication().getName()))
                    .orElse(false)));
        }

        @Bean
        AccessPolicy writeDiary() {
            return AccessPolicy.anyRole("WRITE_DIARY", "NURSE");
        }
    }

    @Test
    void grantsHidesAndDeniesByThePolicyOfEachUseCase() {
        try (var context = new AnnotationConfigApplicationContext(DiaryApplication.class)) {
            Diary diary = context.getBean(Diary.class);
            RecordingAudit audit = context.getBean(RecordingAudit.class);

            signIn("anna", "ROLE_PROFESSIONAL");
            assertThat(diary.read("anna")).isEqualTo("diary of anna");
            assertThatThrownBy(() -> diary.read("bert")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> diary.write("anna", "visit")).isInstanceOf(AccessDeniedException.class);
            assertThat(diary.written()).isEmpty();

            signIn("anna", "ROLE_NURSE");
            diary.write("anna", "visit");
            assertThatThrownBy(() -> diary.write("anna", " ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(diary.written()).containsExactly("visit");
            assertThat(audit.records).containsExactly("Diary.write CARE DENIED", "Diary.write CARE DONE",
                    "Diary.write CARE FAILED");

            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> diary.read("anna")).isInstanceOf(NotFoundException.class);
            assertThat(context.getBean(UseCaseCatalogue.class).useCases()).extracting(UseCaseDescription::toString)
                    .containsExactly("Diary.read -> READ_DIARY", "Diary.write -> WRITE_DIARY (audit: CARE)");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void refusesToStartWithAPublicMethodWithoutPolicyOrAnUnknownPolicy() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(UseCaseConfiguration.class, Forgotten.class)
                .getBean(UseCaseCatalogue.class)).hasStackTraceContaining("Forgotten.unguarded is public but declares no @UseCase policy");
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(UseCaseConfiguration.class, Diary.class)
                .getBean(UseCaseCatalogue.class)).hasStackTraceContaining("names the policy READ_DIARY, which does not exist")
                .hasStackTraceContaining("declares the audit purpose CARE, but no UseCaseAudit exists");
    }

    private static void signIn(String name, String... authorities) {
        var authentication = new TestingAuthenticationToken(name, "n/a", authorities);
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
