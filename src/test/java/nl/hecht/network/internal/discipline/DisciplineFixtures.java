package nl.hecht.network.internal.discipline;

import java.util.List;

import nl.hecht.network.CoreSeat;

/** A small catalogue for unit tests, shaped like the seeded one. */
public final class DisciplineFixtures {

    private DisciplineFixtures() {
    }

    public static DisciplineCatalogue catalogue() {
        return new DisciplineCatalogue(List.of(
                new Discipline("GP", "Huisarts", "GP", "PRIMARY_CARE", CoreSeat.GP, 10),
                new Discipline("PRACTICE_NURSE", "POH", "Practice nurse", "PRIMARY_CARE", null, 20),
                new Discipline("DISTRICT_NURSE", "Wijkverpleegkundige", "District nurse", "PRIMARY_CARE",
                        CoreSeat.DISTRICT_NURSE, 50),
                new Discipline("DISTRICT_NURSE_S1", "Wijkverpleegkundige S1", "District nurse S1", "PRIMARY_CARE",
                        CoreSeat.DISTRICT_NURSE, 60),
                new Discipline("PHARMACIST", "Apotheker", "Pharmacist", "PRIMARY_CARE", CoreSeat.PHARMACIST, 80),
                new Discipline("SOCIAL_WORKER", "Sociaal werker", "Social worker", "SOCIAL_DOMAIN",
                        CoreSeat.SOCIAL_DOMAIN, 110),
                new Discipline("DEBT_COUNSELLOR", "Schuldhulpverlener", "Debt counsellor", "SOCIAL_DOMAIN",
                        CoreSeat.SOCIAL_DOMAIN, 160),
                new Discipline("NEIGHBOURHOOD_TEAM", "Buurtteam", "Neighbourhood team", "SOCIAL_DOMAIN",
                        CoreSeat.SOCIAL_DOMAIN, 180),
                new Discipline("WMO_CONSULTANT", "Wmo-consulent", "Wmo consultant", "SOCIAL_DOMAIN", null, 190),
                new Discipline("WELFARE_WORKER", "Welzijnswerker", "Welfare worker", "SOCIAL_DOMAIN", null, 210),
                new Discipline("PHYSIOTHERAPIST", "Fysiotherapeut", "Physiotherapist", "ALLIED_HEALTH", null, 300),
                new Discipline("MIDWIFE", "Verloskundige", "Midwife", "MEDICAL", null, 430),
                new Discipline("DEMENTIA_CASE_MANAGER", "Casemanager dementie", "Dementia case manager", "MEDICAL",
                        null, 440),
                new Discipline("YOUTH_HEALTH", "JGZ", "Youth health", "YOUTH", null, 500),
                new Discipline("HEALTH_INSURER", "Zorgverzekeraar", "Health insurer", Discipline.STAKEHOLDER, null,
                        930)));
    }
}
