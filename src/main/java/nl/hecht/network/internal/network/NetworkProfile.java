package nl.hecht.network.internal.network;

import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkTheme;
import nl.hecht.shared.DomainException;

/**
 * What a network is: its name, the label it uses for itself (R129) and for its coordinator (R088), its kind and, for
 * a thematic network, its theme (R134–R142) with a description and, for youth networks, the age range (R139).
 */
public record NetworkProfile(String name, NetworkLabel label, CoordinatorLabel coordinatorLabel, NetworkKind kind,
        NetworkTheme theme, String themeDescription, Integer ageFrom, Integer ageTo) {

    public NetworkProfile {
        name = Texts.blankToNull(name);
        if (name == null || name.length() > 200) {
            throw new DomainException("network.error.name");
        }
        label = label == null ? NetworkLabel.HECHT_WIJKVERBAND : label;
        coordinatorLabel = coordinatorLabel == null ? CoordinatorLabel.COORDINATOR : coordinatorLabel;
        if (kind == null) {
            throw new DomainException("network.error.kind");
        }
        if (kind == NetworkKind.CORE) {
            theme = null;
            themeDescription = null;
            ageFrom = null;
            ageTo = null;
        } else if (theme == null) {
            throw new DomainException("network.error.theme-required");
        }
        themeDescription = Texts.blankToNull(themeDescription);
        if (theme != NetworkTheme.YOUTH) {
            ageFrom = null;
            ageTo = null;
        } else if (ageFrom == null || ageTo == null || ageFrom < 0 || ageTo > 27 || ageFrom >= ageTo) {
            throw new DomainException("network.error.age-range");
        }
    }

    public static NetworkProfile core(String name) {
        return new NetworkProfile(name, NetworkLabel.HECHT_WIJKVERBAND, CoordinatorLabel.COORDINATOR,
                NetworkKind.CORE, null, null, null, null);
    }

    public static NetworkProfile thematic(String name, NetworkTheme theme) {
        return new NetworkProfile(name, NetworkLabel.WIJKNETWERK, CoordinatorLabel.COORDINATOR, NetworkKind.THEMATIC,
                theme, null, theme == NetworkTheme.YOUTH ? 0 : null, theme == NetworkTheme.YOUTH ? 18 : null);
    }
}
