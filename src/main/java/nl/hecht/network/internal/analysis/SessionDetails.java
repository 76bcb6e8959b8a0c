package nl.hecht.network.internal.analysis;

import java.time.LocalDate;

import nl.hecht.shared.DomainException;

/**
 * The date of a joint session, who took part per side of the golden triangle (free text: names or roles, no client
 * data) and the notes on chances (R258).
 */
public record SessionDetails(LocalDate heldOn, String municipality, String professionals, String residents,
        String chances) {

    public SessionDetails {
        municipality = text(municipality, 1000);
        professionals = text(professionals, 1000);
        residents = text(residents, 1000);
        chances = text(chances, 4000);
        if (municipality == null && professionals == null && residents == null) {
            throw new DomainException("analysis.error.participants");
        }
    }

    private static String text(String value, int max) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw new DomainException("analysis.error.too-long");
        }
        return text;
    }
}
