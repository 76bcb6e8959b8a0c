package nl.hecht.directory.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.shared.demo.DemoData;

/** The fictional organisations of Regio Voorbeeld. AGB codes and KvK numbers are made up. */
@Component
class DirectoryDemoData implements DemoData {

    static final List<NewOrganisation> ORGANISATIONS = List.of(
            gp("Huisartsenpraktijk De Linde", "01990001", 2850),
            gp("Huisartsenpraktijk Het Anker", "01990002", 3100),
            gp("Gezondheidscentrum Oost", "01990003", 6200),
            gp("Huisartsenpraktijk De Brug", "01990004", 2400),
            gp("Huisartsenpraktijk Molenzicht", "01990005", 2900),
            gp("Huisartsen Centrum", "01990006", 5100),
            gp("Huisartsenpraktijk Dorpsstraat", "01990007", 2200),
            gp("Huisartsenpraktijk De Vaart", "01990008", 3300),
            org("Apotheek Het Plein", OrganisationType.PHARMACY, "02990001"),
            org("Apotheek De Vijzel", OrganisationType.PHARMACY, "02990002"),
            org("Apotheek Oost", OrganisationType.PHARMACY, "02990003"),
            org("Dorpsapotheek Voorbeeld", OrganisationType.PHARMACY, "02990004"),
            org("Thuiszorg Voorbeeld", OrganisationType.HOME_CARE, "75990001"),
            org("Wijkverpleging Samen", OrganisationType.HOME_CARE, "75990002"),
            org("Welzijn Voorbeeld", OrganisationType.WELFARE, null),
            org("Buurtteam Voorbeeld", OrganisationType.SOCIAL_TEAM, null),
            org("Sociaal Wijkteam Dorpen", OrganisationType.SOCIAL_TEAM, null),
            org("JGZ Regio Voorbeeld", OrganisationType.YOUTH_HEALTH, null),
            org("Verloskundigenpraktijk De Wieg", OrganisationType.MIDWIFERY, "08990001"),
            org("GGZ Voorbeeld", OrganisationType.MENTAL_HEALTH, "22990001"),
            org("Jellinek Preventie Voorbeeld", OrganisationType.MENTAL_HEALTH, null),
            org("Fysiotherapie De Loper", OrganisationType.ALLIED_HEALTH, "04990001"),
            org("Kinderfysiotherapie Springveer", OrganisationType.ALLIED_HEALTH, "04990002"),
            org("Diëtistenpraktijk Smaakvol", OrganisationType.ALLIED_HEALTH, "05990001"),
            org("Zorggroep Avondrood", OrganisationType.ELDERLY_CARE, "73990001"),
            org("Basisschool De Regenboog", OrganisationType.SCHOOL, null),
            org("Kinderdagverblijf Hummeltjes", OrganisationType.CHILDCARE, null),
            org("Zorgverzekeraar Voorbeeld", OrganisationType.HEALTH_INSURER, null),
            org("Politie Regio Voorbeeld", OrganisationType.POLICE, null),
            org("Veilig Thuis Regio Voorbeeld", OrganisationType.OTHER, null),
            org("Bewonersinitiatief Samen Eten", OrganisationType.COMMUNITY, null));

    private final OrganisationRepository repository;
    private final OrganisationRegister register;

    DirectoryDemoData(OrganisationRepository repository, OrganisationRegister register) {
        this.repository = repository;
        this.register = register;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void load() {
        for (NewOrganisation organisation : ORGANISATIONS) {
            if (repository.findFirstByNameIgnoreCase(organisation.name()).isEmpty()) {
                register.register(organisation);
            }
        }
    }

    private static NewOrganisation gp(String name, String agb, int listSize) {
        return new NewOrganisation(name, OrganisationType.GP_PRACTICE, agb, null, listSize);
    }

    private static NewOrganisation org(String name, OrganisationType type, String agb) {
        return new NewOrganisation(name, type, agb, null, null);
    }
}
