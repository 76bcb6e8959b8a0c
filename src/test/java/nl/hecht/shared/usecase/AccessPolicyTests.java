package nl.hecht.shared.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The record rule most policies share: the role first (403), then the record (404), then the decision. */
class AccessPolicyTests {

    record Person(Set<String> roleNames) implements Caller {
    }

    record Folder(String owner) {
    }

    private final AccessPolicy readFolder = AccessPolicy.onRecord("READ_FOLDER", Set.of("NURSE"), Person.class,
            Folder.class, (person, folder) -> Verdict.visibleIf(folder.owner().equals("mine")));

    @Test
    void theRoleIsCheckedBeforeTheRecordAndTheDecisionLast() throws Exception {
        Person nurse = new Person(Set.of("NURSE"));
        assertThat(readFolder.decide(call(nurse, new Folder("mine")))).isEqualTo(Verdict.GRANTED);
        assertThat(readFolder.decide(call(nurse, new Folder("theirs")))).isEqualTo(Verdict.HIDDEN);
        assertThat(readFolder.decide(call(nurse))).as("no record named").isEqualTo(Verdict.HIDDEN);
        assertThat(readFolder.decide(call(new Person(Set.of("CLIENT")), new Folder("mine"))))
                .isEqualTo(Verdict.DENIED);
        assertThat(readFolder.decide(call(new Folder("mine")))).as("nobody calling").isEqualTo(Verdict.DENIED);
        assertThat(readFolder.name()).isEqualTo("READ_FOLDER");
    }

    private static UseCaseCall call(Object... arguments) throws NoSuchMethodException {
        return new UseCaseCall("Folders.read", Object.class.getMethod("toString"), arguments, null);
    }
}
