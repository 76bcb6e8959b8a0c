package nl.hecht.directory.internal.exchange;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.Organisations;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.SocialMap;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/** An organisation of the sociale kaart with every field filled in, committed, named after a tag. */
final class RichDirectoryData {

    private RichDirectoryData() {
    }

    static OrganisationId create(Organisations organisations, SocialMap socialMap, String tag) {
        OrganisationId organisation = organisations.register(new NewOrganisation("Huisartsenpraktijk " + tag,
                OrganisationType.GP_PRACTICE, "01234567", "87654321", 2850, "Praktijk met \"aanhalingstekens\"; puntkomma, en\nregeleinde",
                "https://praktijk.example.nl", "info@praktijk.example.nl", "010-1234567"));
        LocationId main = socialMap.addLocation(organisation, new LocationDetails("Gezondheidscentrum " + tag,
                "Kerkstraat 1", "9901 AB", "Voorbeeldstad", new NeighbourhoodCode("BU99010101"), 52.0912345,
                5.1234567, true, "Drempelvrij, lift naar de eerste verdieping"));
        LocationId second = socialMap.addLocation(organisation, new LocationDetails("Dependance " + tag, null, null,
                null, null, null, null, false, null));
        socialMap.register(organisation, new ServiceDetails(EntryKind.SERVICE, "Spreekuur ouderen " + tag,
                "Een spreekuur voor ouderen met vragen over gezondheid en welzijn.", "schuldhulpverlening",
                Set.of("ouderen", "geldzorgen"), "Voor ingeschreven patiënten van 75 jaar en ouder", Referral.REFERRAL,
                "huisarts, wijkteam", "Gratis; eigen risico geldt niet", Set.of("nl", "en", "ar"), "+31 10 123 4567",
                "spreekuur@praktijk.example.nl", "https://praktijk.example.nl/spreekuur", "Carla de Vries",
                "Praktijkondersteuner", 14, Set.of(new NeighbourhoodCode("BU99010101"), new NeighbourhoodCode("BU99010102")),
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0)),
                        new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(8, 15), LocalTime.of(10, 0))),
                Set.of(main, second), true, true), null);
        socialMap.register(organisation, new ServiceDetails(EntryKind.ACCESS_POINT, "Informatiepunt " + tag, null,
                "informatiepunt", Set.of(), null, Referral.SELF_REFERRAL, null, null, Set.of(), null, null, null, null,
                null, 0, Set.of(), List.of(), Set.of(), false, false), null);
        return organisation;
    }
}
