package nl.procesevaluatie.init;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The column names that usually hold each field of the contract, in Dutch and English, and the survey
 * tools' own columns (Qualtrics, LimeSurvey, REDCap, Castor, ODK and KoboToolbox). Names are compared
 * normalised: lower case, accents and everything but letters and digits dropped ("Reden beëindiging" is
 * "redenbeeindiging", Kobo's "_uuid" is "uuid"). Earlier names win.
 */
final class FieldNames {
    private FieldNames() {}

    private static final List<String> TRAJECT = List.of("trajectnummer", "trajectnr", "trajectid", "traject", "trajectcode",
            "dossiernr", "dossiernummer", "dossier", "dossierid", "deelnemernr", "deelnemernummer", "deelnemerid", "deelnemer",
            "zaaknummer", "zaaknr", "zaakid", "casenumber", "caseid", "trajectoryid", "enrolmentid", "enrollmentid",
            "aanmeldnummer", "aanmeldingsnummer", "registratienummer", "recordid", "participantid");

    static final Map<String, List<String>> REGISTRATIONS = Map.ofEntries(
            Map.entry("traject_id", TRAJECT),
            Map.entry("client_id", List.of("clientnummer", "clientnr", "clientid", "client", "kindnummer", "kindnr", "kindid",
                    "patientnummer", "patientid", "persoonsnummer", "persoonid", "bsn", "cliennummer")),
            Map.entry("intervention", List.of("interventie", "interventiecode", "interventienaam", "training", "product",
                    "productcode", "programma", "programmacode", "intervention", "interventioncode", "aanbod", "methode")),
            Map.entry("organisation", List.of("organisatie", "aanbieder", "organisation", "organization", "instelling",
                    "zorgaanbieder", "provider", "org", "organisatienaam", "uitvoerendeorganisatie")),
            Map.entry("municipality", List.of("gemeente", "municipality", "woongemeente", "gemeentenaam")),
            Map.entry("professional_id", List.of("medewerker", "medewerkerid", "medewerkernr", "trainer", "trainerid",
                    "behandelaar", "hulpverlener", "professional", "professionalid", "uitvoerder", "coach", "begeleider",
                    "consulent", "casemanager")),
            Map.entry("group_id", List.of("groep", "groepid", "groepscode", "groepsnummer", "group", "groupid", "cohort", "klas")),
            Map.entry("referral_source", List.of("verwijzer", "verwijzing", "verwijsbron", "aangemeldvia", "verwezendoor",
                    "referral", "referralsource", "referrer")),
            Map.entry("registered_on", List.of("aanmelddatum", "datumaanmelding", "aanmelding", "registratiedatum",
                    "datumregistratie", "intakedatum", "datumintake", "inschrijfdatum", "registeredon", "registrationdate",
                    "dateregistered")),
            Map.entry("started_on", List.of("startdatum", "datumstart", "begindatum", "aanvangsdatum", "start", "startedon",
                    "startdate")),
            Map.entry("ended_on", List.of("einddatum", "datumeinde", "afsluitdatum", "datumafsluiting", "uitstroomdatum",
                    "endedon", "enddate")),
            Map.entry("end_reason", List.of("redeneinde", "redenbeeindiging", "afsluitreden", "redenafsluiting", "uitstroomreden",
                    "redenstoppen", "endreason", "reasonend")),
            Map.entry("age", List.of("leeftijd", "age", "leeftijdbijaanmelding")),
            Map.entry("gender", List.of("geslacht", "gender", "sexe", "sex")));

    static final Map<String, List<String>> SESSIONS = Map.of(
            "traject_id", TRAJECT,
            "session_no", List.of("gesprek", "gespreksnummer", "gespreknr", "bijeenkomst", "bijeenkomstnr", "bijeenkomstnummer",
                    "sessie", "sessienummer", "sessienr", "session", "sessionno", "sessionnumber", "contactnummer", "contactnr",
                    "lesnummer", "les", "afspraaknummer"),
            "date", List.of("datum", "date", "contactdatum", "sessiedatum", "datumbijeenkomst", "datumcontact", "datumgesprek",
                    "gespreksdatum"),
            "held", List.of("doorgegaan", "gehouden", "held", "plaatsgevonden", "doorgang", "gaatdoor"),
            "attended", List.of("aanwezig", "aanwezigheid", "attended", "present", "opkomst", "aanwezigclient"),
            "components", List.of("onderdelen", "besprokenonderdelen", "componenten", "kerncomponenten", "themas", "onderwerpen",
                    "components", "inhoud", "activiteiten"),
            "duration_min", List.of("duurmin", "duur", "duurminuten", "duration", "durationmin", "minuten", "tijdsduur"));

    /** Respondent ids: the person before the response (token pairs a pre and a post answer). */
    static final List<String> RESPONDENT = List.of("respondent", "respondentid", "respondentnummer", "token", "participantid",
            "recordid", "responseid", "uuid", "metainstanceid", "instanceid", "key", "id", "formulier", "formuliernummer",
            "ingevulddoor", "observator", "observer", "client", "clientnummer");
    /** Response dates: when the answers were recorded. */
    static final List<String> RESPONSE_DATE = List.of("recordeddate", "submitdate", "datesubmitted", "submissiontime",
            "datestamp", "datelastaction", "enddate", "datum", "date", "datumingevuld", "invuldatum", "meetdatum", "datumtijd",
            "timestamp", "completiontimestamp", "startdate", "datestarted", "start");
    static final List<String> MOMENT = List.of("meting", "meetmoment", "moment", "tijdstip", "measurement", "wave", "fase", "timepoint");

    /** Columns the survey tools add about the response, not answers; never proposed as items. */
    static final Set<String> TOOL_COLUMNS = Set.of("responseid", "responseset", "ipaddress", "status", "progress",
            "durationinseconds", "duration", "finished", "recordeddate", "startdate", "enddate", "recipientlastname",
            "recipientfirstname", "recipientemail", "externalreference", "externaldatareference", "locationlatitude",
            "locationlongitude", "locationaccuracy", "distributionchannel", "userlanguage", "name", "emailaddress", "id", "token",
            "submitdate", "lastpage", "startlanguage", "seed", "datestamp", "ipaddr", "refurl", "interviewtime", "datestarted",
            "datelastaction", "datesubmitted", "recordid", "redcapeventname", "redcaprepeatinstrument",
            "redcaprepeatinstance", "redcapsurveyidentifier", "participantid", "participantstatus", "site", "siteabbreviation",
            "participantcreationdate", "uuid", "submissiontime", "index", "parentindex", "validationstatus", "notes",
            "submittedby", "version", "tags", "start", "end", "today", "deviceid", "instanceid", "metainstanceid", "key",
            "submissiondate", "formversion", "totaltime");

    static String normal(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A survey tool's own column, or a timing column (LimeSurvey's "Question time: ..."). */
    static boolean toolColumn(String name) {
        String n = normal(name);
        return TOOL_COLUMNS.contains(n) || n.contains("time") && n.contains("question")
                || n.startsWith("grouptime") || n.startsWith("questiontime") || n.endsWith("timestamp") || n.endsWith("complete");
    }

    /** A name that holds a registration or session field: not an answer even when it holds numbers (Leeftijd, Bijeenkomst). */
    static boolean fieldName(String name) {
        String n = normal(name);
        return REGISTRATIONS.values().stream().anyMatch(l -> l.contains(n)) || SESSIONS.values().stream().anyMatch(l -> l.contains(n));
    }
}
