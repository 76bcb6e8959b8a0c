package nl.hecht.wijkfoto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.DomainException;

/** The rules of target groups and notes. */
class WijkfotoRecordTests {

    private static final NetworkId NETWORK = NetworkId.random();
    private static final AccountId BY = AccountId.random();
    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aTargetGroupNeedsANameAndAReasonOnceEachAndAtMostTen() {
        List<TargetGroup> chosen = new ArrayList<>();
        TargetGroup first = TargetGroup.choose(NETWORK, chosen, "  Ouderen die alleen wonen ", " Veel 65-plussers ",
                BY, "Cor", AT);
        assertThat(first.name()).isEqualTo("Ouderen die alleen wonen");
        assertThat(first.reason()).isEqualTo("Veel 65-plussers");
        assertThat(first.network()).isEqualTo(NETWORK);
        chosen.add(first);
        assertRefused(() -> TargetGroup.choose(NETWORK, chosen, "ouderen DIE alleen wonen", "nog eens", BY, "Cor", AT),
                "wijkfoto.target-group.duplicate");
        assertRefused(() -> TargetGroup.choose(NETWORK, chosen, " ", "reden", BY, "Cor", AT),
                "wijkfoto.target-group.name-required");
        assertRefused(() -> TargetGroup.choose(NETWORK, chosen, "Jongeren", null, BY, "Cor", AT),
                "wijkfoto.target-group.reason-required");
        assertRefused(() -> TargetGroup.choose(NETWORK, chosen, "x".repeat(121), "reden", BY, "Cor", AT),
                "wijkfoto.target-group.too-long");
        for (int i = 1; i < TargetGroup.MAX_PER_NETWORK; i++) {
            chosen.add(TargetGroup.choose(NETWORK, chosen, "Groep " + i, "reden", BY, "Cor", AT));
        }
        assertRefused(() -> TargetGroup.choose(NETWORK, chosen, "Nog een", "reden", BY, "Cor", AT),
                "wijkfoto.target-group.too-many");
    }

    @Test
    void aNoteNeedsTextOfAtMost4000CharactersWithoutControlCharacters() {
        Note note = Note.write(NETWORK, "  Bewoners missen een ontmoetingsplek.\n", BY, "Cor", AT);
        assertThat(note.text()).isEqualTo("Bewoners missen een ontmoetingsplek.");
        assertThat(note.writtenByName()).isEqualTo("Cor");
        assertThat(note.writtenAt()).isEqualTo(AT);
        assertRefused(() -> Note.write(NETWORK, "   ", BY, "Cor", AT), "wijkfoto.note.required");
        assertRefused(() -> Note.write(NETWORK, "x".repeat(4001), BY, "Cor", AT), "wijkfoto.note.too-long");
        assertRefused(() -> Note.write(NETWORK, "a\u0000b", BY, "Cor", AT), "text.error.control-characters");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }
}
