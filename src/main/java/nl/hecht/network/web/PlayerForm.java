package nl.hecht.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.hecht.network.internal.analysis.PlayerKind;

/** An informal player as typed (R210, R257): a kind, a name (an organisation or role, not a client) and a note. */
record PlayerForm(@NotNull(message = "{analysis.error.player-kind}") PlayerKind kind,
        @NotBlank(message = "{analysis.error.player-name}") @Size(max = 200, message = "{analysis.error.player-name}") String name,
        @Size(max = 1000, message = "{analysis.error.too-long}") String description) {

    static PlayerForm empty() {
        return new PlayerForm(PlayerKind.KEY_FIGURE, null, null);
    }
}
