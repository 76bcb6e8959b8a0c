package nl.hecht.directory.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.LocationDetails;
import nl.hecht.directory.LocationId;
import nl.hecht.directory.NewOrganisation;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.ServiceDetails;
import nl.hecht.directory.WeeklyHours;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The sociale kaart of the fictional Regio Voorbeeld (issue 5, part 7), computed from the demo geography alone:
 * about 300 services of care and social-domain organisations, some 40 entries of the sociale basis (residents'
 * initiatives, associations, day activities, meal services, volunteers and buddies, experts by experience, key
 * figures such as a church and a playground association, also in the small villages of Maasheuvel; R071–R073, R210,
 * R259) each with its trekker, hours, place, contact and target groups, and the access points (R245–R247): a
 * Wmo-loket per municipality, a sociaal wijkteam per district and an informatiepunt per district, all information
 * points on one phone number.
 * <p>
 * Deterministic: one seeded {@link Random} drawn in a fixed order over the neighbourhoods sorted by code, and ids
 * derived from stable keys ({@code demo-…} external ids), so every run, on every database, plans the same rows.
 * Locations are random points inside their neighbourhood's outline, with that neighbourhood's code. All
 * organisations, people, addresses and numbers are made up.
 */
final class SocialMapDemoPlan {

    /** External ids of demo entries and locations start with this. */
    static final String PREFIX = "demo-";
    /** The one phone number of the information points and Wmo counters (R246). */
    static final String ONE_NUMBER = "14 0990";

    private static final long SEED = 20_261_124L;
    private static final String SAFE_LETTERS = "ABCEGHJKLMNPRTVXZ";

    /** A location of an organisation, with its stable key (its external id). */
    record PlannedLocation(String key, String organisation, LocationDetails details) {

        UUID id() {
            return uuid("location:" + key);
        }
    }

    /** An entry, with its stable key (its external id) and, when due for verification, how long ago it was verified. */
    record PlannedEntry(String key, String organisation, ServiceDetails details, int verifiedMonthsAgo) {

        UUID id() {
            return uuid("service:" + key);
        }
    }

    /** Hours presets. */
    private enum Hours {
        OFFICE, GP, PHARMACY, AROUND_THE_CLOCK, COMMUNITY_CENTRE, MORNINGS, AFTERNOON, EVENING, CONSULTATION, NONE
    }

    /**
     * What an organisation offers at each of its locations. {@code {place}} in the name is the district or village,
     * {@code {org}} the organisation.
     */
    private record Offer(String category, String name, String description, List<String> targetGroups, Referral access,
            String referralBy, String costs, Hours hours, Integer[] waiting) {
    }

    /**
     * An organisation of the demo: type, the districts (codes without prefix) it has a location in, whether its
     * offers serve the whole district, and its offers.
     */
    private record Provider(String name, OrganisationType type, List<String> districts, boolean districtWide,
            List<Offer> offers) {
    }

    /** An entry of the sociale basis: owner (null: its own association), trekker, place, hours, for whom. */
    private record Initiative(String name, String owner, String category, String neighbourhood, String description,
            List<String> targetGroups, String costs, List<WeeklyHours> hours, boolean wholeVillage) {
    }

    private static final Integer[] QUICK = { 0, 0, 3, null };
    private static final Integer[] VARIED = { null, 0, 7, 14, 30, 60 };
    private static final Integer[] LONG = { 30, 42, 60, 90 };
    private static final Integer[] NONE = { 0 };
    private static final Integer[] UNKNOWN = { null };

    private static final List<String> CITY = List.of("01", "02", "03", "04", "05", "06");
    private static final List<String> VILLAGES = List.of("11", "12", "13", "14");
    private static final List<String> ALL = List.of("01", "02", "03", "04", "05", "06", "11", "12", "13", "14");

    /** New organisations of the demo sociale kaart (the register's demo organisations are in DirectoryDemoData). */
    static final List<NewOrganisation> ORGANISATIONS = List.of(
            org("Gemeente Voorbeeldstad", OrganisationType.MUNICIPALITY, "De gemeente Voorbeeldstad: Wmo, inkomen en schuldhulp."),
            org("Gemeente Maasheuvel", OrganisationType.MUNICIPALITY, "De gemeente Maasheuvel: vier dorpen aan de Maas."),
            org("Kredietbank Voorbeeld", OrganisationType.WELFARE, "Schuldhulpverlening en budgetbeheer voor de regio."),
            org("Stichting Schuldhulpmaatje Regio Voorbeeld", OrganisationType.COMMUNITY, "Getrainde vrijwilligers helpen bij geldzorgen."),
            org("Rechtswinkel Voorbeeld", OrganisationType.OTHER, "Gratis juridisch advies door vrijwillige juristen."),
            org("Bibliotheek Voorbeeld", OrganisationType.OTHER, "Lezen, leren en meedoen: taalhuis en digitaal spreekuur."),
            org("Woningcorporatie Thuisbasis", OrganisationType.OTHER, "Sociale huurwoningen in Voorbeeldstad."),
            org("Werkplein Voorbeeld", OrganisationType.MUNICIPALITY, "Werk en inkomen voor Voorbeeldstad en Maasheuvel."),
            org("Cliëntondersteuning Voorbeeld", OrganisationType.DISABILITY_CARE, "Onafhankelijke cliëntondersteuning."),
            org("Mantelzorgpunt Voorbeeld", OrganisationType.WELFARE, "Steun voor mantelzorgers."),
            org("Stichting Nieuwe Buren", OrganisationType.WELFARE, "Begeleiding van nieuwkomers en statushouders."),
            org("Voedselbank Regio Voorbeeld", OrganisationType.COMMUNITY, "Voedselpakketten voor huishoudens met te weinig geld."),
            org("Zorgboerderij De Hoeve", OrganisationType.DISABILITY_CARE, "Dagbesteding op de boerderij."),
            org("Sportbedrijf Voorbeeldstad", OrganisationType.OTHER, "Buurtsportcoaches en sport in de wijk."));

    private static final List<Provider> PROVIDERS = List.of(
            gp("Huisartsen Centrum", "01"), gp("Huisartsenpraktijk De Brug", "02"),
            gp("Huisartsenpraktijk De Linde", "03"), gp("Huisartsenpraktijk Molenzicht", "04"),
            gp("Huisartsenpraktijk De Vaart", "05"), gp("Huisartsenpraktijk Het Anker", "06"),
            gp("Huisartsenpraktijk Dorpsstraat", "11"), gp("Gezondheidscentrum Oost", "12"),
            pharmacy("Apotheek De Vijzel", "01"), pharmacy("Apotheek Oost", "03"),
            pharmacy("Apotheek Het Plein", "05"), pharmacy("Dorpsapotheek Voorbeeld", "11"),
            new Provider("Thuiszorg Voorbeeld", OrganisationType.HOME_CARE, ALL, true, List.of(
                    offer("wijkverpleging", "Wijkverpleging {place}", "Verpleging en verzorging thuis door de wijkverpleegkundige, die ook zelf de zorg indiceert. Bel gerust voor een kennismaking.", List.of("ouderen", "chronisch-zieken"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering, zonder eigen risico", Hours.AROUND_THE_CLOCK, QUICK),
                    offer("wijkverpleging", "Persoonlijke verzorging thuis {place}", "Hulp bij wassen, aankleden en steunkousen, in overleg met de wijkverpleegkundige.", List.of("ouderen", "beperking"), Referral.REFERRAL, "wijkverpleegkundige", "Vergoed uit de basisverzekering", Hours.AROUND_THE_CLOCK, VARIED),
                    offer("ouderenzorg", "Palliatieve zorg thuis {place}", "Zorg in de laatste levensfase, thuis, samen met huisarts en mantelzorgers.", List.of("ouderen", "mantelzorgers"), Referral.REFERRAL, "huisarts", "Vergoed uit de basisverzekering", Hours.AROUND_THE_CLOCK, NONE))),
            new Provider("Wijkverpleging Samen", OrganisationType.HOME_CARE, List.of("01", "03", "04", "13"), true, List.of(
                    offer("wijkverpleging", "Wijkverpleging Samen {place}", "Een klein team wijkverpleegkundigen dat u kent: wondzorg, medicatie, verzorging.", List.of("ouderen", "chronisch-zieken"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering", Hours.AROUND_THE_CLOCK, VARIED),
                    offer("wijkverpleging", "Nachtzorg {place}", "Geplande en onplanbare zorg 's nachts.", List.of("ouderen"), Referral.REFERRAL, "wijkverpleegkundige", "Vergoed uit de basisverzekering", Hours.AROUND_THE_CLOCK, QUICK))),
            new Provider("Welzijn Voorbeeld", OrganisationType.WELFARE, ALL, true, List.of(
                    offer("ontmoeting", "Huis van de Wijk {place}: inloop en activiteiten", "Koffie, een praatje, de krant en activiteiten: het Huis van de Wijk is open voor iedereen. Vrijwillige gastvrouwen en -heren helpen u verder.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.COMMUNITY_CENTRE, NONE),
                    offer("ontmoeting", "Wijkdagbesteding {place}", "Dagbesteding in de wijk zonder indicatie: samen koken, wandelen, creatief bezig zijn. Voor wie overdag structuur en gezelschap zoekt.", List.of("ouderen", "beperking", "psychische-kwetsbaarheid"), Referral.SELF_REFERRAL, null, "Gratis, zonder indicatie", Hours.MORNINGS, QUICK),
                    offer("schuldhulpverlening", "Thuisadministratie en formulierenhulp {place}", "Vrijwilligers helpen met post, formulieren, toeslagen en een overzicht van uw geldzaken.", List.of("geldzorgen", "ouderen", "nieuwkomers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, QUICK),
                    offer("taal-en-digitaal", "Digicafé {place}", "Hulp bij de computer, telefoon, DigiD en de overheid online.", List.of("ouderen", "iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE),
                    offer("mantelzorgondersteuning", "Mantelzorgspreekuur {place}", "Advies en een luisterend oor voor wie zorgt voor een naaste.", List.of("mantelzorgers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, QUICK),
                    offer("vrijwilligers", "Vrijwilligerspunt {place}", "Vrijwilligerswerk zoeken of een vrijwilliger vinden: maatjes, vervoer, klussen.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, NONE))),
            new Provider("Buurtteam Voorbeeld", OrganisationType.SOCIAL_TEAM, CITY, true, List.of(
                    offer("schuldhulpverlening", "Schuldhulpverlening {place}", "Hulp bij schulden en geldzorgen: samen overzicht maken, regelingen treffen en schuldeisers benaderen.", List.of("geldzorgen", "volwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED),
                    offer("maatschappelijk-werk", "Maatschappelijk werk {place}", "Ondersteuning bij problemen met relaties, wonen, werk of geld.", List.of("volwassenen", "jongvolwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED),
                    offer("opvoeden", "Opvoedondersteuning {place}", "Vragen over opvoeden en opgroeien, thuis of op school.", List.of("jonge-gezinnen", "jeugd"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK),
                    offer("opvoeden", "Jongerenwerk {place}", "Jongerenwerkers op straat en in het jongerencentrum.", List.of("jeugd", "jongvolwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.EVENING, NONE))),
            new Provider("Sociaal Wijkteam Dorpen", OrganisationType.SOCIAL_TEAM, VILLAGES, true, List.of(
                    offer("schuldhulpverlening", "Schuldhulpverlening {place}", "Hulp bij schulden en geldzorgen in het dorp: een vaste contactpersoon die langskomt.", List.of("geldzorgen", "volwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED),
                    offer("maatschappelijk-werk", "Maatschappelijk werk {place}", "Ondersteuning bij zorgen over gezin, geld, gezondheid of wonen.", List.of("volwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED),
                    offer("opvoeden", "Gezinscoach {place}", "Een gezinscoach voor ouders en kinderen.", List.of("jonge-gezinnen", "jeugd"), Referral.REFERRAL, "sociaal wijkteam, huisarts of jeugdarts", "Gratis", Hours.OFFICE, LONG))),
            new Provider("JGZ Regio Voorbeeld", OrganisationType.YOUTH_HEALTH, ALL, true, List.of(
                    offer("jeugdgezondheidszorg", "Consultatiebureau {place}", "Groei, ontwikkeling en vaccinaties van kinderen van 0 tot 4 jaar.", List.of("jonge-gezinnen", "jeugd"), Referral.SELF_REFERRAL, null, "Gratis", Hours.MORNINGS, NONE),
                    offer("jeugdgezondheidszorg", "Jeugdarts en jeugdverpleegkundige {place}", "Voor kinderen van 4 tot 18 jaar en hun ouders, ook op school.", List.of("jeugd"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK))),
            new Provider("Verloskundigenpraktijk De Wieg", OrganisationType.MIDWIFERY, List.of("01", "04", "11"), true, List.of(
                    offer("geboortezorg", "Verloskundige zorg {place}", "Controles tijdens zwangerschap, bevalling en kraamtijd.", List.of("jonge-gezinnen"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering", Hours.OFFICE, NONE),
                    offer("geboortezorg", "Zwangerschapscursus {place}", "Cursus voor aanstaande ouders, ook in eenvoudig Nederlands.", List.of("jonge-gezinnen", "nieuwkomers"), Referral.SELF_REFERRAL, null, "€ 45, vaak vergoed", Hours.EVENING, VARIED))),
            new Provider("GGZ Voorbeeld", OrganisationType.MENTAL_HEALTH, List.of("01", "03", "11"), false, List.of(
                    offer("ggz", "Basis-ggz {place}", "Kortdurende behandeling bij angst, somberheid en spanning.", List.of("volwassenen", "psychische-kwetsbaarheid"), Referral.REFERRAL, "huisarts", "Vergoed uit de basisverzekering (eigen risico)", Hours.OFFICE, LONG),
                    offer("ggz", "Inloopspreekuur psychische klachten {place}", "Zonder afspraak praten met een ggz-verpleegkundige.", List.of("psychische-kwetsbaarheid", "volwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE),
                    offer("ervaringsdeskundigen", "Herstelgroep met ervaringsdeskundigen {place}", "Groepsbijeenkomsten onder leiding van ervaringsdeskundigen.", List.of("psychische-kwetsbaarheid"), Referral.SELF_REFERRAL, null, "Gratis", Hours.EVENING, QUICK))),
            new Provider("Jellinek Preventie Voorbeeld", OrganisationType.MENTAL_HEALTH, List.of("06"), false, List.of(
                    offer("ggz", "Preventie alcohol en drugs {place}", "Voorlichting en advies over alcohol, drugs en gamen.", List.of("jeugd", "jongvolwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, NONE),
                    offer("ggz", "Vroegsignalering verslaving {place}", "Advies voor professionals en naasten die zich zorgen maken.", List.of("volwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK))),
            new Provider("Fysiotherapie De Loper", OrganisationType.ALLIED_HEALTH, List.of("02", "04", "12"), false, List.of(
                    offer("paramedische-zorg", "Fysiotherapie {place}", "Fysiotherapie in de praktijk en aan huis.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Aanvullende verzekering", Hours.OFFICE, VARIED),
                    offer("paramedische-zorg", "Valpreventietraining {place}", "Training in kleine groepen om vallen te voorkomen.", List.of("ouderen"), Referral.SELF_REFERRAL, null, "€ 5 per les", Hours.MORNINGS, QUICK),
                    offer("bewegen", "Beweeggroep 65+ {place}", "Elke week samen bewegen onder begeleiding.", List.of("ouderen", "chronisch-zieken"), Referral.SELF_REFERRAL, null, "€ 3 per keer", Hours.MORNINGS, NONE))),
            new Provider("Kinderfysiotherapie Springveer", OrganisationType.ALLIED_HEALTH, List.of("05"), false, List.of(
                    offer("paramedische-zorg", "Kinderfysiotherapie {place}", "Motorische ontwikkeling van baby's, peuters en schoolkinderen.", List.of("jeugd", "jonge-gezinnen"), Referral.SELF_REFERRAL, null, "Vergoed tot 18 jaar", Hours.OFFICE, VARIED))),
            new Provider("Diëtistenpraktijk Smaakvol", OrganisationType.ALLIED_HEALTH, List.of("03", "13"), false, List.of(
                    offer("paramedische-zorg", "Diëtist {place}", "Voedingsadvies bij diabetes, ondervoeding en overgewicht.", List.of("chronisch-zieken", "ouderen"), Referral.SELF_REFERRAL, null, "3 uur per jaar vergoed uit de basisverzekering", Hours.OFFICE, VARIED))),
            new Provider("Zorggroep Avondrood", OrganisationType.ELDERLY_CARE, List.of("04", "05", "14"), true, List.of(
                    offer("ouderenzorg", "Dagbesteding ouderen {place}", "Dagbesteding met indicatie voor ouderen die thuis wonen.", List.of("ouderen"), Referral.REFERRAL, "Wmo-consulent", "Eigen bijdrage Wmo", Hours.OFFICE, LONG),
                    offer("ouderenzorg", "Ontmoetingscentrum dementie {place}", "Voor mensen met dementie en hun mantelzorgers.", List.of("ouderen", "mantelzorgers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.MORNINGS, VARIED),
                    offer("maaltijden", "Maaltijdservice aan huis {place}", "Een warme maaltijd aan huis, vijf of zeven dagen per week.", List.of("ouderen", "beperking"), Referral.SELF_REFERRAL, null, "€ 8,50 per maaltijd", Hours.OFFICE, QUICK))),
            new Provider("Basisschool De Regenboog", OrganisationType.SCHOOL, List.of("04"), false, List.of(
                    offer("opvoeden", "Brede school: naschoolse activiteiten {place}", "Sport, muziek en huiswerkbegeleiding na school.", List.of("jeugd"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE))),
            new Provider("Kinderdagverblijf Hummeltjes", OrganisationType.CHILDCARE, List.of("02"), false, List.of(
                    offer("opvoeden", "Peuteropvang en voorschoolse educatie {place}", "Spelen en leren voor peuters van 2 tot 4 jaar.", List.of("jonge-gezinnen"), Referral.SELF_REFERRAL, null, "Inkomensafhankelijke bijdrage", Hours.OFFICE, VARIED))),
            new Provider("Politie Regio Voorbeeld", OrganisationType.POLICE, ALL, true, List.of(
                    offer("sociaal-domein", "Spreekuur wijkagent {place}", "De wijkagent kent de buurt: kom langs met zorgen over veiligheid of overlast.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, NONE))),
            new Provider("Veilig Thuis Regio Voorbeeld", OrganisationType.OTHER, List.of("01"), false, List.of(
                    offer("maatschappelijk-werk", "Advies en meldpunt huiselijk geweld", "Advies bij huiselijk geweld en kindermishandeling, ook anoniem.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AROUND_THE_CLOCK, NONE))),
            new Provider("Gemeente Voorbeeldstad", OrganisationType.MUNICIPALITY, List.of("01"), true, municipal()),
            new Provider("Gemeente Maasheuvel", OrganisationType.MUNICIPALITY, List.of("11"), true, municipal()),
            new Provider("Kredietbank Voorbeeld", OrganisationType.WELFARE, List.of("01", "06"), false, List.of(
                    offer("schuldhulpverlening", "Schuldhulpverlening en budgetbeheer Kredietbank {place}", "Schuldregeling, budgetbeheer en beschermingsbewind.", List.of("geldzorgen"), Referral.REFERRAL, "gemeente of buurtteam", "Gratis", Hours.OFFICE, LONG),
                    offer("schuldhulpverlening", "Cursus Grip op geld {place}", "Vier avonden over budgetteren, sparen en administratie.", List.of("geldzorgen", "jongvolwassenen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.EVENING, NONE))),
            new Provider("Stichting Schuldhulpmaatje Regio Voorbeeld", OrganisationType.COMMUNITY, ALL, true, List.of(
                    offer("schuldhulpverlening", "Schuldhulpmaatje {place}", "Een getraind maatje helpt u uit de schulden en blijft tot u weer op eigen benen staat. Vertrouwelijk en zonder wachtlijst.", List.of("geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, new Integer[] { 0, 0, 0, 7 }))),
            new Provider("Rechtswinkel Voorbeeld", OrganisationType.OTHER, List.of("01", "11"), false, List.of(
                    offer("juridisch-advies", "Gratis juridisch spreekuur {place}", "Vrijwillige juristen beantwoorden vragen over huur, werk, schulden en familie.", List.of("volwassenen", "geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.EVENING, QUICK))),
            new Provider("Bibliotheek Voorbeeld", OrganisationType.OTHER, List.of("01", "04", "12"), false, List.of(
                    offer("taal-en-digitaal", "Taalhuis {place}", "Beter leren lezen, schrijven en rekenen, met een taalvrijwilliger.", List.of("volwassenen", "nieuwkomers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE),
                    offer("taal-en-digitaal", "Informatiepunt Digitale Overheid {place}", "Hulp bij DigiD, toeslagen en belastingaangifte.", List.of("ouderen", "iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.CONSULTATION, NONE),
                    offer("taal-en-digitaal", "Voorleesuur en leesclub {place}", "Voorlezen voor peuters en een leesclub voor volwassenen.", List.of("jonge-gezinnen", "iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE))),
            new Provider("Woningcorporatie Thuisbasis", OrganisationType.OTHER, List.of("03", "05"), true, List.of(
                    offer("wonen", "Woonconsulent {place}", "Vragen over uw woning, verhuizen of aanpassingen.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK),
                    offer("wonen", "Hulp bij huurachterstand {place}", "Vroeg samen een regeling treffen, voordat schulden oplopen.", List.of("geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, NONE))),
            new Provider("Werkplein Voorbeeld", OrganisationType.MUNICIPALITY, List.of("06", "11"), false, List.of(
                    offer("werk-en-inkomen", "Werkcoach {place}", "Begeleiding naar werk, opleiding of vrijwilligerswerk.", List.of("volwassenen", "jongvolwassenen"), Referral.REFERRAL, "gemeente", "Gratis", Hours.OFFICE, VARIED),
                    offer("werk-en-inkomen", "Uitkering en inkomen {place}", "Bijstand aanvragen en vragen over uw uitkering.", List.of("volwassenen", "geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED))),
            new Provider("Cliëntondersteuning Voorbeeld", OrganisationType.DISABILITY_CARE, List.of("02", "13"), false, List.of(
                    offer("wmo-ondersteuning", "Onafhankelijke cliëntondersteuning {place}", "Iemand die met u meedenkt en meegaat naar het keukentafelgesprek.", List.of("beperking", "ouderen", "chronisch-zieken"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK),
                    offer("wmo-ondersteuning", "Begeleiding mensen met een beperking {place}", "Begeleiding thuis bij het dagelijks leven.", List.of("beperking"), Referral.REFERRAL, "Wmo-consulent", "Eigen bijdrage Wmo", Hours.OFFICE, LONG))),
            new Provider("Mantelzorgpunt Voorbeeld", OrganisationType.WELFARE, List.of("01", "12"), true, List.of(
                    offer("mantelzorgondersteuning", "Mantelzorgconsulent {place}", "Persoonlijk advies en de mantelzorgwaardering.", List.of("mantelzorgers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, QUICK),
                    offer("mantelzorgondersteuning", "Respijtzorg en logeeropvang {place}", "Even vrij van zorgen: een vrijwilliger of logeerplek neemt het over.", List.of("mantelzorgers", "ouderen"), Referral.REFERRAL, "mantelzorgconsulent", "Eigen bijdrage Wmo", Hours.OFFICE, VARIED))),
            new Provider("Stichting Nieuwe Buren", OrganisationType.WELFARE, List.of("05", "06"), true, List.of(
                    offer("maatschappelijk-werk", "Begeleiding statushouders {place}", "Hulp bij wonen, geld en de weg vinden in de buurt.", List.of("nieuwkomers"), Referral.REFERRAL, "gemeente", "Gratis", Hours.OFFICE, VARIED),
                    offer("taal-en-digitaal", "Taalmaatje {place}", "Samen Nederlands oefenen met een vrijwilliger.", List.of("nieuwkomers"), Referral.SELF_REFERRAL, null, "Gratis", Hours.EVENING, QUICK))),
            new Provider("Voedselbank Regio Voorbeeld", OrganisationType.COMMUNITY, List.of("06", "11"), false, List.of(
                    offer("werk-en-inkomen", "Voedselbank uitgiftepunt {place}", "Elke week een voedselpakket voor huishoudens die te weinig te besteden hebben.", List.of("geldzorgen"), Referral.REFERRAL, "buurtteam, schuldhulpverlening of maatschappelijk werk", "Gratis", Hours.AFTERNOON, QUICK))),
            new Provider("Zorgboerderij De Hoeve", OrganisationType.DISABILITY_CARE, List.of("13"), false, List.of(
                    offer("ontmoeting", "Dagbesteding op de zorgboerderij {place}", "Werken met dieren en in de moestuin, in een rustige omgeving.", List.of("beperking", "psychische-kwetsbaarheid", "ouderen"), Referral.REFERRAL, "Wmo-consulent", "Eigen bijdrage Wmo", Hours.OFFICE, LONG))),
            new Provider("Sportbedrijf Voorbeeldstad", OrganisationType.OTHER, List.of("02", "03", "05"), true, List.of(
                    offer("bewegen", "Buurtsportcoach {place}", "Sporten en bewegen in de buurt, voor jong en oud.", List.of("jeugd", "ouderen", "iedereen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.AFTERNOON, NONE))));

    private static final List<Initiative> INITIATIVES = List.of(
            // Voorbeeldstad
            initiative("Samen Eten in de Lindenhof", "Bewonersinitiatief Samen Eten", "maaltijden", "BU99010301", "Elke donderdag kookt een groep buurtbewoners een driegangenmaaltijd. Aanschuiven kan zonder indicatie; de trekker maakt graag afspraken met het wijkteam over wie er mee-eet.", List.of("ouderen", "iedereen"), "€ 4 per maaltijd", week(DayOfWeek.THURSDAY, 17, 30, 19, 30)),
            initiative("Wijkkeuken Havenkwartier", null, "maaltijden", "BU99010601", "Buurtbewoners koken twee keer per week voor wie niet zelf kan of wil koken.", List.of("ouderen", "geldzorgen"), "€ 3,50 per maaltijd", week(DayOfWeek.TUESDAY, 17, 0, 19, 0), week(DayOfWeek.FRIDAY, 17, 0, 19, 0)),
            initiative("Vrijwillige gastvrouwen Huis van de Wijk Centrum", "Welzijn Voorbeeld", "vrijwilligers", "BU99010102", "Gastvrouwen en -heren ontvangen bezoekers, schenken koffie en wijzen de weg naar hulp in de wijk (R247).", List.of("iedereen"), "Gratis", week(DayOfWeek.MONDAY, 9, 0, 12, 0), week(DayOfWeek.WEDNESDAY, 9, 0, 12, 0)),
            initiative("Buurtmoestuin Vogelbuurt", null, "bewonersinitiatief", "BU99010202", "Samen tuinieren, oogsten en delen. Ook fijn voor wie eenzaam is of een zinvolle dag zoekt.", List.of("iedereen", "psychische-kwetsbaarheid"), "Gratis", week(DayOfWeek.SATURDAY, 10, 0, 13, 0)),
            initiative("Speeltuinvereniging De Klimboom", null, "sleutelfiguur", "BU99010402", "De speeltuinvereniging kent de gezinnen van de Schildersbuurt; de vrijwilligers signaleren zorgen en weten wie er hulp nodig heeft.", List.of("jeugd", "jonge-gezinnen"), "Lidmaatschap € 15 per jaar", week(DayOfWeek.WEDNESDAY, 13, 0, 17, 0), week(DayOfWeek.SATURDAY, 10, 0, 16, 0)),
            initiative("Kerkgemeenschap De Ark", null, "sleutelfiguur", "BU99010104", "De diaconie bezoekt ouderen, helpt bij noodsituaties en kent de mensen achter de voordeur.", List.of("ouderen", "geldzorgen", "iedereen"), "Gratis", week(DayOfWeek.SUNDAY, 10, 0, 12, 0), week(DayOfWeek.WEDNESDAY, 10, 0, 12, 0)),
            initiative("Moskee Vredeshof: inloop en hulp bij post", null, "sleutelfiguur", "BU99010501", "Vrijwilligers van de moskee helpen buurtbewoners met brieven en verwijzen door naar het buurtteam.", List.of("nieuwkomers", "geldzorgen", "iedereen"), "Gratis", week(DayOfWeek.SATURDAY, 13, 0, 16, 0)),
            initiative("Repair Café Oost", null, "bewonersinitiatief", "BU99010304", "Samen kapotte spullen repareren, met koffie.", List.of("iedereen"), "Gratis, een vrijwillige bijdrage mag", week(DayOfWeek.SATURDAY, 10, 0, 14, 0)),
            initiative("Wandelgroep Zuiderhout", null, "bewegen", "BU99010401", "Elke dinsdagochtend een uur wandelen door het park, in eigen tempo.", List.of("ouderen", "chronisch-zieken"), "Gratis", week(DayOfWeek.TUESDAY, 10, 0, 11, 30)),
            initiative("Ouderensoos Het Zonnetje", null, "ontmoeting", "BU99010406", "Kaarten, bingo en een praatje voor ouderen uit Zuid.", List.of("ouderen"), "€ 1 per middag", week(DayOfWeek.THURSDAY, 13, 30, 16, 30)),
            initiative("Maatjesproject Samen Verder", "Welzijn Voorbeeld", "vrijwilligers", "BU99010303", "Een vrijwillig maatje voor wie er even alleen voor staat: samen wandelen, boodschappen doen of de weg vinden.", List.of("psychische-kwetsbaarheid", "ouderen", "volwassenen"), "Gratis", week(DayOfWeek.MONDAY, 9, 0, 12, 0)),
            initiative("De Herstelkring: ervaringsdeskundigen psychische gezondheid", null, "ervaringsdeskundigen", "BU99010105", "Ervaringsdeskundigen delen wat hen hielp bij herstel en lopen een stukje mee.", List.of("psychische-kwetsbaarheid"), "Gratis", week(DayOfWeek.WEDNESDAY, 19, 0, 21, 0)),
            initiative("Geldpraat: ervaringsdeskundigen armoede", null, "ervaringsdeskundigen", "BU99010603", "Mensen die zelf schulden hadden, helpen anderen de eerste stap te zetten.", List.of("geldzorgen"), "Gratis", week(DayOfWeek.THURSDAY, 10, 0, 12, 0)),
            initiative("Taalmaatjes Westerkwartier", null, "vrijwilligers", "BU99010502", "Vrijwilligers oefenen Nederlands met nieuwe buren, thuis of in de bibliotheek.", List.of("nieuwkomers"), "Gratis", week(DayOfWeek.TUESDAY, 19, 0, 21, 0)),
            initiative("Buurtvereniging Kastanjehof", null, "vereniging", "BU99010205", "Straatfeesten, een buurtapp en een oogje in het zeil bij de buren.", List.of("iedereen"), "Lidmaatschap € 10 per jaar", week(DayOfWeek.FRIDAY, 19, 30, 22, 0)),
            initiative("Klussendienst Noord", null, "vrijwilligers", "BU99010201", "Vrijwillige klussers helpen ouderen en mensen met een beperking met kleine klussen in huis.", List.of("ouderen", "beperking"), "Materiaal op kosten van de bewoner", week(DayOfWeek.MONDAY, 9, 0, 16, 0)),
            initiative("Boodschappenmaatjes West", null, "vrijwilligers", "BU99010504", "Samen boodschappen doen, of de boodschappen laten brengen.", List.of("ouderen", "chronisch-zieken"), "Gratis", week(DayOfWeek.FRIDAY, 9, 30, 12, 0)),
            initiative("Mantelzorgcafé Het Luisterend Oor", null, "ontmoeting", "BU99010306", "Mantelzorgers ontmoeten elkaar en delen ervaringen.", List.of("mantelzorgers"), "Gratis", week(DayOfWeek.WEDNESDAY, 14, 0, 16, 0)),
            initiative("Buurtbemiddeling Voorbeeldstad", null, "vrijwilligers", "BU99010503", "Getrainde vrijwilligers helpen buren met een conflict weer met elkaar te praten.", List.of("iedereen"), "Gratis", week(DayOfWeek.TUESDAY, 9, 0, 12, 0)),
            initiative("Mannen in de Wijk", null, "ontmoeting", "BU99010305", "Koffie, klussen en samen eropuit voor mannen die weinig mensen zien.", List.of("ouderen", "volwassenen"), "Gratis", week(DayOfWeek.FRIDAY, 10, 0, 12, 0)),
            // Maasheuvel: small villages with many associations (R259)
            village("Dorpsraad Maasdorp", "vereniging", "BU99020101", "De dorpsraad praat mee over wonen, zorg en voorzieningen in Maasdorp.", List.of("iedereen"), "Gratis", week(DayOfWeek.MONDAY, 20, 0, 22, 0)),
            village("Harmonie Maasklanken", "vereniging", "BU99020105", "Muziek maken in het dorp, van jeugdorkest tot seniorenblazers.", List.of("iedereen", "jeugd"), "Contributie € 12 per maand", week(DayOfWeek.THURSDAY, 19, 30, 22, 0)),
            village("Dorpshuis De Veerpont: koffie-inloop", "ontmoeting", "BU99020102", "Elke ochtend koffie en een praatje in het dorpshuis.", List.of("ouderen", "iedereen"), "€ 1 voor koffie", week(DayOfWeek.MONDAY, 10, 0, 12, 0), week(DayOfWeek.WEDNESDAY, 10, 0, 12, 0), week(DayOfWeek.FRIDAY, 10, 0, 12, 0)),
            village("Parochie Sint-Martinus Maasdorp", "sleutelfiguur", "BU99020105", "De parochie bezoekt zieken en ouderen en weet wie er alleen is.", List.of("ouderen", "iedereen"), "Gratis", week(DayOfWeek.SUNDAY, 9, 30, 11, 0)),
            village("Buurtbus Maasheuvel", "vrijwilligers", "BU99020101", "Vrijwillige chauffeurs rijden tussen de vier dorpen, de huisarts en de apotheek.", List.of("ouderen", "beperking"), "€ 1,50 per rit", week(DayOfWeek.MONDAY, 8, 0, 18, 0), week(DayOfWeek.TUESDAY, 8, 0, 18, 0), week(DayOfWeek.WEDNESDAY, 8, 0, 18, 0), week(DayOfWeek.THURSDAY, 8, 0, 18, 0), week(DayOfWeek.FRIDAY, 8, 0, 18, 0)),
            village("Speeltuinvereniging De Heuvelrakkers", "sleutelfiguur", "BU99020201", "De speeltuin is de ontmoetingsplek van jonge gezinnen in Heuveldorp.", List.of("jeugd", "jonge-gezinnen"), "Lidmaatschap € 12 per jaar", week(DayOfWeek.WEDNESDAY, 13, 0, 17, 0), week(DayOfWeek.SATURDAY, 10, 0, 17, 0)),
            village("Toneelvereniging Kapelberg", "vereniging", "BU99020204", "Toneel spelen en decors bouwen, voor alle leeftijden.", List.of("iedereen"), "Contributie € 8 per maand", week(DayOfWeek.TUESDAY, 20, 0, 22, 30)),
            village("Zangkoor Heuvelstemmen", "vereniging", "BU99020202", "Samen zingen is gezond: een koor voor wie van zingen houdt.", List.of("ouderen", "iedereen"), "Contributie € 6 per maand", week(DayOfWeek.THURSDAY, 19, 30, 21, 30)),
            village("Ouderenbond Heuveldorp", "vereniging", "BU99020203", "Activiteiten, belastinghulp en huisbezoek voor ouderen.", List.of("ouderen"), "Lidmaatschap € 25 per jaar", week(DayOfWeek.TUESDAY, 14, 0, 16, 0)),
            village("Dorpsmaaltijd Heuveldorp", "maaltijden", "BU99020201", "Eens per week samen eten in het dorpshuis, gekookt door vrijwilligers.", List.of("ouderen", "iedereen"), "€ 5 per maaltijd", week(DayOfWeek.WEDNESDAY, 17, 30, 19, 30)),
            village("Volkstuinvereniging De Beemden", "vereniging", "BU99020303", "Tuinen voor wie zelf groente wil kweken; de vereniging helpt beginners op weg.", List.of("iedereen"), "€ 40 per jaar", week(DayOfWeek.SATURDAY, 9, 0, 12, 0)),
            village("Biljartclub De Watermolen", "vereniging", "BU99020302", "Biljarten en een kaartje leggen in het café.", List.of("ouderen", "volwassenen"), "Contributie € 5 per maand", week(DayOfWeek.MONDAY, 13, 30, 17, 0)),
            village("Vrouwenvereniging Beekvliet", "vereniging", "BU99020301", "Lezingen, uitjes en handwerken voor vrouwen uit Beekvliet.", List.of("volwassenen", "ouderen"), "Contributie € 20 per jaar", week(DayOfWeek.TUESDAY, 19, 30, 22, 0)),
            village("Kerk Beekvliet: omzien naar elkaar", "sleutelfiguur", "BU99020301", "Het bezoekwerk van de kerk: vrijwilligers die weten waar hulp nodig is.", List.of("ouderen", "mantelzorgers"), "Gratis", week(DayOfWeek.SUNDAY, 10, 0, 11, 30)),
            village("Dorpsvereniging Elsenwaard", "vereniging", "BU99020401", "De vereniging organiseert de kermis, de dorpskrant en burenhulp.", List.of("iedereen"), "Lidmaatschap € 10 per jaar", week(DayOfWeek.THURSDAY, 20, 0, 22, 0)),
            village("Gymclub Elsenwaard 60+", "bewegen", "BU99020402", "Bewegen op muziek voor zestigplussers.", List.of("ouderen"), "Contributie € 7 per maand", week(DayOfWeek.MONDAY, 10, 0, 11, 0), week(DayOfWeek.THURSDAY, 10, 0, 11, 0)),
            village("Jeugdsoos De Hazelaar", "vereniging", "BU99020403", "Een eigen plek voor de jongeren van Elsenwaard, met vrijwillige begeleiders.", List.of("jeugd", "jongvolwassenen"), "Gratis", week(DayOfWeek.FRIDAY, 19, 0, 23, 0)),
            village("Zorgcoöperatie Elsenwaard", "vrijwilligers", "BU99020401", "Dorpsgenoten helpen elkaar: vervoer, klussen, een warme maaltijd en een dorpsondersteuner.", List.of("ouderen", "mantelzorgers", "beperking"), "Lidmaatschap € 15 per jaar", week(DayOfWeek.TUESDAY, 9, 0, 12, 0), week(DayOfWeek.THURSDAY, 9, 0, 12, 0)),
            village("Boerenbond en Plattelandsvrouwen Heuveldorp", "vereniging", "BU99020206", "De boeren en plattelandsvrouwen van het buitengebied: kennis, gezelligheid en een oogje in het zeil bij eenzaamheid.", List.of("volwassenen", "ouderen"), "Contributie € 30 per jaar", week(DayOfWeek.WEDNESDAY, 20, 0, 22, 0)));

    private static final String[] FIRST = { "Annelies", "Bert", "Carmen", "Dennis", "Elif", "Frank", "Greet", "Hamid",
            "Ingrid", "Jan", "Karin", "Leon", "Marga", "Nordin", "Olga", "Paul", "Rianne", "Sander", "Tineke", "Vincent",
            "Wilma", "Yusuf", "Agnes", "Henk", "Miriam", "Kees", "Saskia", "Gerrit", "Naima", "Joop" };
    private static final String[] LAST = { "Aarts", "van den Berg", "Claassen", "Dijkstra", "Evers", "Franssen",
            "Geerts", "Hermans", "Jacobs", "Kuipers", "Lammers", "Martens", "Nijhuis", "Oosterhout", "Pauwels",
            "Rutten", "Sanders", "Timmermans", "Verbeek", "Wouters", "Bulut", "Cornelissen", "van Gelder", "Heijnen" };
    private static final String[] STREETS = { "Kerkstraat", "Molenweg", "Lindelaan", "Schoolstraat", "Dorpsstraat",
            "Beukenlaan", "Marktplein", "Stationsweg", "Julianastraat", "Wilhelminalaan", "Kastanjelaan", "Esdoornstraat",
            "Havenkade", "Parklaan", "Zonnebloemstraat", "Rembrandtplein", "Vondelstraat", "Veerweg", "Kapelstraat",
            "Beekstraat", "Hoofdstraat", "Brinkweg", "Eikenhof", "Gildeplein", "Sportlaan", "Tulpstraat" };
    private static final String[] LANGUAGES = { "en", "tr", "ar", "pl", "uk", "de" };

    private final Random random = new Random(SEED);
    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, List<Neighbourhood>> byDistrict = new LinkedHashMap<>();
    private final Map<String, Neighbourhood> byCode = new LinkedHashMap<>();
    private final Map<String, Geometry> outlines;
    private final Map<String, NewOrganisation> organisationDetails = new LinkedHashMap<>();
    private final List<PlannedLocation> locations = new ArrayList<>();
    private final List<PlannedEntry> entries = new ArrayList<>();
    private final Set<String> keys = new TreeSet<>();

    private SocialMapDemoPlan(List<Neighbourhood> neighbourhoods, Map<String, Geometry> outlines) {
        this.outlines = outlines;
        neighbourhoods.stream().sorted(Comparator.comparing(n -> n.code().value())).forEach(n -> {
            byDistrict.computeIfAbsent(shortDistrict(n.code()), key -> new ArrayList<>()).add(n);
            byCode.put(n.code().value(), n);
        });
    }

    /**
     * The plan over the demo neighbourhoods (of GM9901 and GM9902) with their outlines (WGS84, x = longitude);
     * a neighbourhood without an outline gets its representative point.
     */
    static SocialMapDemoPlan plan(List<Neighbourhood> neighbourhoods, Map<String, Geometry> outlines) {
        SocialMapDemoPlan plan = new SocialMapDemoPlan(neighbourhoods, outlines);
        plan.build();
        return plan;
    }

    /** Whether the neighbourhoods hold the demo geography this plan is written for. */
    static boolean fits(List<Neighbourhood> neighbourhoods) {
        Set<String> codes = new TreeSet<>();
        neighbourhoods.forEach(n -> codes.add(n.code().value()));
        return codes.size() >= 60 && INITIATIVES.stream().allMatch(i -> codes.contains(i.neighbourhood()))
                && ALL.stream().allMatch(d -> codes.stream().anyMatch(c -> shortDistrict(new NeighbourhoodCode(c)).equals(d)));
    }

    List<NewOrganisation> organisations() {
        return ORGANISATIONS;
    }

    /** Initiatives' own associations, to register as COMMUNITY organisations. */
    List<NewOrganisation> associations() {
        return List.copyOf(organisationDetails.values());
    }

    List<PlannedLocation> locations() {
        return locations;
    }

    List<PlannedEntry> entries() {
        return entries;
    }

    private void build() {
        for (Provider provider : PROVIDERS) {
            for (String district : provider.districts()) {
                PlannedLocation location = location(provider.name(), district, null);
                for (int i = 0; i < provider.offers().size(); i++) {
                    Offer offer = provider.offers().get(i);
                    String place = provider.name().startsWith("Gemeente ") ? provider.name().substring(9)
                            : placeName(district);
                    String name = offer.name().replace("{place}", place).replace("{org}", provider.name());
                    boolean wide = provider.districtWide() || random.nextInt(10) < 4;
                    Set<NeighbourhoodCode> served = served(location, district, wide,
                            provider.type() == OrganisationType.MUNICIPALITY);
                    Integer waiting = offer.waiting()[random.nextInt(offer.waiting().length)];
                    boolean isPublic = random.nextInt(100) < 62;
                    Set<String> languages = languages();
                    ServiceDetails details = new ServiceDetails(EntryKind.SERVICE, name, offer.description(),
                            offer.category(), Set.copyOf(offer.targetGroups()), eligibility(offer), offer.access(),
                            offer.referralBy(), offer.costs(), languages, phone(), email(provider.name()),
                            website(provider.name()), null, null, waiting, served, hours(offer.hours()),
                            Set.of(new LocationId(location.id())), isPublic, true);
                    add("svc-" + slug(provider.name()) + "-" + district + "-" + (i + 1), provider.name(), details);
                }
            }
        }
        accessPoints();
        for (Initiative initiative : INITIATIVES) {
            initiative(initiative);
        }
    }

    private void accessPoints() {
        wmoLoket("Gemeente Voorbeeldstad", "01", "Voorbeeldstad");
        wmoLoket("Gemeente Maasheuvel", "11", "Maasheuvel");
        for (String district : ALL) {
            String team = district.startsWith("0") ? "Buurtteam Voorbeeld" : "Sociaal Wijkteam Dorpen";
            PlannedLocation office = location(team, district, null);
            String place = placeName(district);
            add("ap-wijkteam-" + district, team, new ServiceDetails(EntryKind.ACCESS_POINT,
                    "Sociaal wijkteam " + place,
                    "Het sociaal wijkteam van " + place + " is de toegang tot hulp en ondersteuning: vragen over zorg, "
                            + "geld, opvoeden, wonen en meedoen. Het team kijkt met u wat nodig is en regelt de toegang "
                            + "tot Wmo- en jeugdhulp.",
                    "sociaal-wijkteam", Set.of("iedereen"), null, Referral.SELF_REFERRAL, null, "Gratis", Set.of("nl", "en"),
                    phone(), email(team), website(team), null, null, 0, served(office, district, true, false),
                    hours(Hours.OFFICE), Set.of(new LocationId(office.id())), true, true));
            PlannedLocation point = location("Welzijn Voorbeeld", district, null);
            add("ap-informatiepunt-" + district, "Welzijn Voorbeeld", new ServiceDetails(EntryKind.ACCESS_POINT,
                    "Informatiepunt " + place,
                    "Eén plek en één telefoonnummer voor alle vragen over zorg en welzijn in " + place + " ("
                            + ONE_NUMBER + "). De gastvrouwen en -heren helpen u direct verder of brengen u in "
                            + "contact met de juiste hulp.",
                    "informatiepunt", Set.of("iedereen"), null, Referral.SELF_REFERRAL, null, "Gratis", Set.of("nl"),
                    ONE_NUMBER, "informatiepunt@welzijn-voorbeeld.invalid", "https://www.welzijn-voorbeeld.invalid",
                    null, null, 0, served(point, district, true, false), hours(Hours.COMMUNITY_CENTRE),
                    Set.of(new LocationId(point.id())), true, true));
        }
    }

    private void wmoLoket(String municipality, String district, String name) {
        PlannedLocation hall = location(municipality, district, district.equals("01") ? "Stadhuis" : "Gemeentehuis");
        add("ap-wmo-" + slug(name), municipality, new ServiceDetails(EntryKind.ACCESS_POINT, "Wmo-loket " + name,
                "Het Wmo-loket van de gemeente " + name + ": hulp bij het huishouden, hulpmiddelen, woningaanpassing, "
                        + "dagbesteding en vervoer. Bel " + ONE_NUMBER + " of kom langs; een consulent komt voor het "
                        + "keukentafelgesprek bij u thuis.",
                "wmo-loket", Set.of("iedereen", "ouderen", "beperking"), null, Referral.SELF_REFERRAL, null,
                "Gratis; voor maatwerkvoorzieningen geldt een eigen bijdrage", Set.of("nl", "en"), ONE_NUMBER,
                email(municipality), website(municipality), null, null, 0, served(hall, district, true, true),
                hours(Hours.OFFICE), Set.of(new LocationId(hall.id())), true, true));
    }

    private void initiative(Initiative initiative) {
        String owner = initiative.owner() == null ? initiative.name().split(":")[0].strip() : initiative.owner();
        if (initiative.owner() == null) {
            organisationDetails.put(owner, new NewOrganisation(owner, OrganisationType.COMMUNITY, null, null, null,
                    initiative.description().length() > 200 ? null : initiative.description(), null,
                    email(owner), null));
        }
        Neighbourhood neighbourhood = byCode.get(initiative.neighbourhood());
        PlannedLocation location = locationIn(owner, neighbourhood, null);
        String district = shortDistrict(neighbourhood.code());
        String trekker = person();
        Set<NeighbourhoodCode> served = served(location, district, initiative.wholeVillage(), false);
        boolean isPublic = random.nextInt(100) < 92;
        add("ini-" + slug(initiative.name()), owner, new ServiceDetails(EntryKind.INITIATIVE, initiative.name(),
                initiative.description(), initiative.category(), Set.copyOf(initiative.targetGroups()), null,
                Referral.SELF_REFERRAL, null, initiative.costs(), Set.of("nl"), null, email(owner), null, trekker,
                trekker, random.nextBoolean() ? 0 : null, served, initiative.hours(),
                Set.of(new LocationId(location.id())), isPublic, true));
    }

    private void add(String key, String organisation, ServiceDetails details) {
        if (!keys.add(key)) {
            throw new IllegalStateException("duplicate demo key " + key);
        }
        int monthsAgo = random.nextInt(100) < 12 ? 13 + random.nextInt(14) : 0;
        entries.add(new PlannedEntry(PREFIX + key, organisation, details, monthsAgo));
    }

    /** A location of the organisation in a neighbourhood of the district (one per organisation and district). */
    private PlannedLocation location(String organisation, String district, String name) {
        String key = PREFIX + "loc-" + slug(organisation) + "-" + district;
        for (PlannedLocation existing : locations) {
            if (existing.key().equals(key)) {
                return existing;
            }
        }
        List<Neighbourhood> candidates = byDistrict.get(district);
        Neighbourhood neighbourhood = candidates.get(random.nextInt(candidates.size()));
        return locationIn(organisation, neighbourhood, name, key);
    }

    private PlannedLocation locationIn(String organisation, Neighbourhood neighbourhood, String name) {
        String key = PREFIX + "loc-" + slug(organisation) + "-" + neighbourhood.code().value().substring(4);
        for (PlannedLocation existing : locations) {
            if (existing.key().equals(key)) {
                return existing;
            }
        }
        return locationIn(organisation, neighbourhood, name, key);
    }

    private PlannedLocation locationIn(String organisation, Neighbourhood neighbourhood, String name, String key) {
        double[] point = pointIn(neighbourhood);
        String district = shortDistrict(neighbourhood.code());
        String postalCode = "99" + district + " " + SAFE_LETTERS.charAt(random.nextInt(SAFE_LETTERS.length()))
                + SAFE_LETTERS.charAt(random.nextInt(SAFE_LETTERS.length()));
        String address = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180));
        String city = district.startsWith("0") ? neighbourhood.municipalityName() : neighbourhood.districtName();
        String locationName = (name == null ? organisation : name) + ", " + neighbourhood.name();
        if (locationName.length() > 200) {
            locationName = locationName.substring(0, 200);
        }
        boolean wheelchair = random.nextInt(10) < 8;
        PlannedLocation location = new PlannedLocation(key, organisation, new LocationDetails(locationName, address,
                postalCode, city, neighbourhood.code(), point[1], point[0], wheelchair,
                wheelchair ? "Drempelvrij, met invalidentoilet" : "Twee treden bij de ingang"));
        locations.add(location);
        return location;
    }

    /** A random point (longitude, latitude) inside the neighbourhood's outline, rounded to about 1 m. */
    private double[] pointIn(Neighbourhood neighbourhood) {
        Geometry outline = outlines.get(neighbourhood.code().value());
        if (outline != null && !outline.isEmpty()) {
            Envelope envelope = outline.getEnvelopeInternal();
            for (int attempt = 0; attempt < 200; attempt++) {
                double x = round(envelope.getMinX() + random.nextDouble() * envelope.getWidth());
                double y = round(envelope.getMinY() + random.nextDouble() * envelope.getHeight());
                Point point = factory.createPoint(new Coordinate(x, y));
                if (outline.contains(point)) {
                    return new double[] { x, y };
                }
            }
            Point interior = outline.getInteriorPoint();
            return new double[] { interior.getX(), interior.getY() };
        }
        return new double[] { neighbourhood.longitude(), neighbourhood.latitude() };
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }

    private Set<NeighbourhoodCode> served(PlannedLocation location, String district, boolean wholeDistrict,
            boolean wholeMunicipality) {
        Set<NeighbourhoodCode> served = new LinkedHashSet<>();
        served.add(location.details().neighbourhood());
        if (wholeMunicipality) {
            String prefix = district.startsWith("0") ? "0" : "1";
            byDistrict.forEach((code, list) -> {
                if (code.startsWith(prefix)) {
                    list.forEach(n -> served.add(n.code()));
                }
            });
        } else if (wholeDistrict) {
            byDistrict.get(district).forEach(n -> served.add(n.code()));
        }
        return served;
    }

    private List<WeeklyHours> hours(Hours preset) {
        List<WeeklyHours> hours = new ArrayList<>();
        switch (preset) {
            case OFFICE -> workdays(hours, 9, 0, 17, 0);
            case GP -> workdays(hours, 8, 0, 17, 0);
            case PHARMACY -> {
                workdays(hours, 8, 30, 17, 30);
                hours.add(week(DayOfWeek.SATURDAY, 10, 0, 13, 0));
            }
            case AROUND_THE_CLOCK -> {
                for (DayOfWeek day : DayOfWeek.values()) {
                    hours.add(new WeeklyHours(day, LocalTime.MIN, LocalTime.of(23, 59)));
                }
            }
            case COMMUNITY_CENTRE -> {
                workdays(hours, 9, 0, 17, 0);
                hours.add(week(DayOfWeek.TUESDAY, 19, 0, 22, 0));
                hours.add(week(DayOfWeek.THURSDAY, 19, 0, 22, 0));
            }
            case MORNINGS -> {
                DayOfWeek first = DayOfWeek.of(1 + random.nextInt(3));
                hours.add(week(first, 9, 30, 12, 0));
                hours.add(week(first.plus(2), 9, 30, 12, 0));
            }
            case AFTERNOON -> hours.add(week(DayOfWeek.of(1 + random.nextInt(5)), 13, 30, 16, 30));
            case EVENING -> hours.add(week(DayOfWeek.of(1 + random.nextInt(4)), 19, 0, 21, 0));
            case CONSULTATION -> {
                DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
                hours.add(week(day, 9, 0, 12, 0));
                if (random.nextBoolean()) {
                    hours.add(week(day.plus(2).getValue() > 5 ? DayOfWeek.MONDAY : day.plus(2), 13, 0, 16, 0));
                }
            }
            case NONE -> {
            }
        }
        return hours;
    }

    private static void workdays(List<WeeklyHours> hours, int fromHour, int fromMinute, int toHour, int toMinute) {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(week(day, fromHour, fromMinute, toHour, toMinute));
        }
    }

    private Set<String> languages() {
        Set<String> languages = new TreeSet<>(Set.of("nl"));
        if (random.nextInt(10) < 4) {
            languages.add("en");
        }
        if (random.nextInt(10) < 2) {
            languages.add(LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]);
        }
        return languages;
    }

    private static String eligibility(Offer offer) {
        return offer.access() == Referral.REFERRAL ? "Met een verwijzing van " + offer.referralBy() + "." : null;
    }

    private String phone() {
        return String.format(Locale.ROOT, "088 99%d %04d", random.nextInt(10), random.nextInt(10_000));
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static String email(String organisation) {
        return "info@" + slug(organisation) + ".voorbeeld.invalid";
    }

    private static String website(String organisation) {
        return "https://www." + slug(organisation) + ".voorbeeld.invalid";
    }

    private String placeName(String district) {
        return byDistrict.get(district).get(0).districtName();
    }

    /** "01".."06" for the districts of Voorbeeldstad, "11".."14" for the villages of Maasheuvel. */
    static String shortDistrict(NeighbourhoodCode code) {
        String value = code.value();
        return (value.charAt(5) == '1' ? "0" : "1") + value.charAt(7);
    }

    static String slug(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("hecht-demo-sociale-kaart:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static NewOrganisation org(String name, OrganisationType type, String description) {
        return new NewOrganisation(name, type, null, null, null, description, website(name), email(name), null);
    }

    private static Offer offer(String category, String name, String description, List<String> targetGroups,
            Referral access, String referralBy, String costs, Hours hours, Integer[] waiting) {
        return new Offer(category, name, description, targetGroups, access, referralBy, costs, hours, waiting);
    }

    private static Provider gp(String name, String district) {
        return new Provider(name, OrganisationType.GP_PRACTICE, List.of(district), true, List.of(
                offer("huisartsenzorg", "Huisartsenzorg {org}", "Spreekuur, visites en telefonisch consult van de huisarts. Ingeschreven patiënten bellen voor een afspraak.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering, zonder eigen risico", Hours.GP, QUICK),
                offer("ouderenzorg", "Ouderenconsulent {org}", "De praktijkverpleegkundige ouderenzorg komt thuis en denkt mee over zorg, valrisico en medicijnen.", List.of("ouderen", "mantelzorgers"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering", Hours.OFFICE, QUICK),
                offer("ggz", "Praktijkondersteuner ggz {org}", "Gesprekken bij psychische klachten, in de huisartsenpraktijk.", List.of("volwassenen", "jeugd", "psychische-kwetsbaarheid"), Referral.REFERRAL, "huisarts", "Vergoed uit de basisverzekering, zonder eigen risico", Hours.OFFICE, VARIED),
                offer("huisartsenzorg", "Diabetes- en longspreekuur {org}", "Controles bij diabetes, astma en COPD bij de praktijkondersteuner.", List.of("chronisch-zieken"), Referral.REFERRAL, "huisarts", "Vergoed uit de basisverzekering", Hours.MORNINGS, NONE)));
    }

    private static Provider pharmacy(String name, String district) {
        return new Provider(name, OrganisationType.PHARMACY, List.of(district), true, List.of(
                offer("apotheek", "Medicijnen en herhaalservice {org}", "Uw medicijnen op tijd klaar, met uitleg van de apothekersassistent.", List.of("iedereen"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering", Hours.PHARMACY, NONE),
                offer("apotheek", "Medicatiebeoordeling {org}", "De apotheker bekijkt samen met u en de huisarts al uw medicijnen.", List.of("ouderen", "chronisch-zieken"), Referral.REFERRAL, "huisarts of apotheker", "Vergoed uit de basisverzekering", Hours.OFFICE, VARIED),
                offer("apotheek", "Medicijnrol op maat {org}", "Medicijnen per innamemoment verpakt, ook thuisbezorgd.", List.of("ouderen", "beperking"), Referral.SELF_REFERRAL, null, "Vergoed uit de basisverzekering", Hours.PHARMACY, QUICK)));
    }

    private static List<Offer> municipal() {
        return List.of(
                offer("werk-en-inkomen", "Bijzondere bijstand en minimaregelingen {place}", "Een tegemoetkoming in bijzondere kosten en regelingen voor inwoners met een laag inkomen.", List.of("geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, VARIED),
                offer("schuldhulpverlening", "Gemeentelijke schuldhulpverlening {place}", "Schuldhulpverlening van de gemeente: een gesprek binnen drie werkdagen, bij dreigende huisuitzetting dezelfde dag.", List.of("geldzorgen"), Referral.SELF_REFERRAL, null, "Gratis", Hours.OFFICE, new Integer[] { 0, 3, 14 }),
                offer("wmo-ondersteuning", "Hulpmiddelen en woningaanpassing {place}", "Rolstoel, scootmobiel, traplift of aanpassing van uw woning via de Wmo.", List.of("ouderen", "beperking"), Referral.REFERRAL, "Wmo-consulent na een keukentafelgesprek", "Eigen bijdrage Wmo", Hours.OFFICE, LONG));
    }

    private static Initiative initiative(String name, String owner, String category, String neighbourhood,
            String description, List<String> targetGroups, String costs, WeeklyHours... hours) {
        return new Initiative(name, owner, category, neighbourhood, description, targetGroups, costs, List.of(hours),
                false);
    }

    private static Initiative village(String name, String category, String neighbourhood, String description,
            List<String> targetGroups, String costs, WeeklyHours... hours) {
        return new Initiative(name, null, category, neighbourhood, description, targetGroups, costs, List.of(hours),
                true);
    }

    private static WeeklyHours week(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WeeklyHours(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }
}
