package nl.procesevaluatie.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.indicators.AnalysisTables;
import nl.procesevaluatie.indicators.TrajectTable;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;
import tech.tablesaw.api.Table;

/** The codebook of the analysis dataset: every column of trajects.csv and responses.csv, labelled in the job's language. */
final class Codebook {
    static final List<String> HEADER = List.of("file", "variable", "sql_column", "label", "type", "unit", "values",
            "definition", "indicator");

    private final JobFile job;
    private final boolean dutch;
    private final List<Variable> variables = new ArrayList<>();

    private Codebook(JobFile job) {
        this.job = job;
        this.dutch = !"en".equals(job.language());
    }

    static List<Variable> of(JobFile job, Table trajects, Table responses) {
        Codebook c = new Codebook(job);
        trajects.columnNames().forEach(n -> c.variables.add(c.traject(n)));
        responses.columnNames().forEach(n -> c.variables.add(c.response(n)));
        return c.variables;
    }

    private static final String YES_NO = "true, false";
    private static final String STATUS = "registered, started, ended, completed, dropped_out";

    private Variable traject(String n) {
        String f = "trajects.csv";
        int p = job.intervention().plannedSessions();
        return switch (n) {
            case TrajectTable.TRAJECT -> v(f, n, "Traject", "Traject", "text", "", "", "traject_id as stored (the row key)", "");
            case TrajectTable.CLIENT -> v(f, n, "Cliënt (pseudoniem)", "Client (pseudonym)", "text", "", "",
                    "HMAC-SHA256 of client_id under the evaluation's key; empty without a client number", "reach.penetration");
            case TrajectTable.ORGANISATION -> v(f, n, "Organisatie", "Organisation", "text", "", "", "organisation of the registration", "scope organisation");
            case TrajectTable.MUNICIPALITY -> v(f, n, "Gemeente", "Municipality", "text", "", "", "municipality of the registration; empty when not mapped or empty", "scope municipality");
            case TrajectTable.PROFESSIONAL -> v(f, n, "Professional (pseudoniem)", "Professional (pseudonym)", "text", "", "",
                    "HMAC-SHA256 of professional_id under the run's key (never the raw number)", "goals over professionals");
            case TrajectTable.REGISTERED_QUARTER -> v(f, n, "Kwartaal van aanmelding", "Quarter registered", "text", "", "yyyy-Qn",
                    "calendar quarter of registered_on: the cohort of reach.registered and reach.start_rate quarter rows", "reach.registered, reach.start_rate");
            case TrajectTable.STARTED_QUARTER -> v(f, n, "Kwartaal van start", "Quarter started", "text", "", "yyyy-Qn",
                    "calendar quarter of started_on when on or before as_of: the cohort of the other quarterly traject rows", "reach.*, fidelity.*");
            case TrajectTable.REGISTERED_ON -> v(f, n, "Aanmelddatum", "Date registered", "date", "", "yyyy-MM-dd", "registered_on", "");
            case TrajectTable.STARTED_ON -> v(f, n, "Startdatum", "Date started", "date", "", "yyyy-MM-dd", "started_on (also when after as_of)", "");
            case TrajectTable.ENDED_ON -> v(f, n, "Einddatum", "Date ended", "date", "", "yyyy-MM-dd", "ended_on (also when after as_of)", "");
            case TrajectTable.END_REASON -> v(f, n, "Reden einde", "End reason", "text", "", "completed, dropped_out, not_started, other", "end_reason", "");
            case TrajectTable.STATUS -> v(f, n, "Status", "Status", "text", "", STATUS,
                    "as of as_of: completed or dropped_out when ended with that reason, else ended, else started, else registered", "");
            case TrajectTable.STARTED -> v(f, n, "Gestart", "Started", "boolean", "", YES_NO, "started_on set and on or before as_of", "reach.started, reach.start_rate");
            case TrajectTable.ENDED -> v(f, n, "Beëindigd", "Ended", "boolean", "", YES_NO, "ended_on set and on or before as_of", "goal.*.reachable");
            case TrajectTable.COMPLETED -> v(f, n, "Afgerond", "Completed", "boolean", "", YES_NO, "ended with end_reason completed",
                    "reach.completed; population of fidelity.dose_delivered, .adherence, .adherence_full_rate, .component.*");
            case TrajectTable.DROPPED_OUT -> v(f, n, "Uitgevallen", "Dropped out", "boolean", "", YES_NO, "ended with end_reason dropped_out",
                    "reach.dropout_rate (completed or dropped_out: its population)");
            case TrajectTable.WAIT_DAYS -> v(f, n, "Wachttijd", "Waiting time", "integer", "days", "",
                    "started_on - registered_on, for started trajects", "reach.wait_days.median, reach.wait_days.p90");
            case TrajectTable.DELIVERED -> v(f, n, "Geleverde sessies", "Sessions delivered", "integer", "sessions", "",
                    "held sessions dated on or before as_of", "fidelity.dose_delivered");
            case TrajectTable.ATTENDED -> v(f, n, "Bijgewoonde sessies", "Sessions attended", "integer", "sessions", "",
                    "held and attended sessions dated on or before as_of", "fidelity.dose_received, fidelity.full_dose_rate");
            case TrajectTable.FULL_DOSE -> v(f, n, "Volledige dosis", "Full dose", "boolean", "", YES_NO,
                    "attended >= ceil(min_dose * " + p + ")", "fidelity.full_dose_rate (completed or dropped out)");
            case AnalysisTables.DOSE_DELIVERED -> v(f, n, "Geleverde dosis", "Dose delivered", "decimal", "share 0-1", "",
                    "min(delivered, " + p + ") / " + p, "fidelity.dose_delivered (mean over completed trajects)");
            case AnalysisTables.DOSE_RECEIVED -> v(f, n, "Ontvangen dosis", "Dose received", "decimal", "share 0-1", "",
                    "min(attended, " + p + ") / " + p, "fidelity.dose_received (mean over completed or dropped-out trajects)");
            case TrajectTable.CORE_DELIVERED -> v(f, n, "Geleverde kerncomponenten", "Core components delivered", "integer", "components", "",
                    "core components in any held session on or before as_of", "fidelity.adherence");
            case AnalysisTables.ADHERENCE -> v(f, n, "Programmatrouw", "Adherence", "decimal", "share 0-1", "",
                    "core_delivered / " + job.intervention().coreComponents().size(),
                    "fidelity.adherence (mean over completed trajects); 1 = fidelity.adherence_full_rate");
            default -> dynamicTraject(f, n);
        };
    }

    private Variable dynamicTraject(String f, String n) {
        for (String c : job.intervention().coreComponents()) {
            if (n.equals(TrajectTable.component(c))) {
                return v(f, n, "Kerncomponent " + c + " geleverd", "Core component " + c + " delivered", "boolean", "", YES_NO,
                        "component " + c + " in any held session on or before as_of", "fidelity.component." + c + " (completed trajects)");
            }
        }
        for (Goal g : job.goals()) {
            if (n.equals(TrajectTable.goalMember(g))) {
                return v(f, n, "In populatie doel " + g.id(), "In population of goal " + g.id(), "boolean", "", YES_NO,
                        "in the goal's population (window, or each started_within fully elapsed; rules 44-45)", "goal." + g.id() + " (denominator)");
            }
            if (n.equals(TrajectTable.goalMet(g))) {
                return v(f, n, "Voldoet aan doel " + g.id(), "Meets goal " + g.id(), "boolean", "", YES_NO + "; empty outside the population",
                        "meets every criterion of the goal as of as_of (rule 46)", "goal." + g.id() + " (numerator)");
            }
            if (n.equals(TrajectTable.goalOpen(g))) {
                return v(f, n, "Doel " + g.id() + " nog haalbaar", "Goal " + g.id() + " still open", "boolean", "",
                        YES_NO + "; empty outside the population",
                        "does not meet it yet, not ended, every failing part can still come to hold (rules 58-59)",
                        "goal." + g.id() + ".reachable (numerator = met + open)");
            }
        }
        for (Instrument i : job.instruments()) {
            if (n.equals(AnalysisTables.score(i.id()))) {
                return v(f, n, "Laatste score " + i.id(), "Latest score " + i.id(), "decimal", scale(i), "",
                        "scale score (mean of non-missing items after reverse coding) of the traject's latest " + i.id()
                                + " response (rule 34)", "response criterion of goals on " + i.id());
            }
        }
        return v(f, n, n, n, "text", "", "", "", "");
    }

    private Variable response(String n) {
        String f = "responses.csv";
        return switch (n) {
            case "respondent_id" -> v(f, n, "Respondent (pseudoniem)", "Respondent (pseudonym)", "text", "", "", "respondent_id as stored", "determinant.*, outcome.*, respondent goals");
            case "instrument" -> v(f, n, "Vragenlijst", "Instrument", "text", "",
                    String.join(", ", job.instruments().stream().map(Instrument::id).toList()), "instrument id of the job file", "");
            case "date" -> v(f, n, "Datum", "Date", "date", "", "yyyy-MM-dd", "response date (day), on or before as_of", "");
            case "moment" -> v(f, n, "Meetmoment", "Moment", "text", "", "pre, post, ...", "measurement moment (outcome instruments)", "outcome.*");
            case TrajectTable.TRAJECT -> v(f, n, "Traject", "Traject", "text", "", "", "traject_id cell; empty when absent", "");
            case TrajectTable.ORGANISATION -> v(f, n, "Organisatie", "Organisation", "text", "", "",
                    "organisation cell, else the organisation of its traject (rule 35)", "scope organisation");
            case "score" -> v(f, n, "Score", "Score", "decimal", "the instrument's scale", "",
                    "mean of the non-missing item values after reverse coding", "fidelity.quality, .responsiveness, determinant.*, outcome.*");
            default -> item(f, n);
        };
    }

    private Variable item(String f, String n) {
        int k = Integer.parseInt(n.substring("item_".length())) - 1;
        List<String> per = new ArrayList<>();
        for (Instrument i : job.instruments()) {
            if (k < i.items().size()) {
                Instrument.Item it = i.items().get(k);
                per.add(i.id() + ": " + it.column() + (it.reverse() ? " (reversed in the score)" : ""));
            }
        }
        return v(f, n, "Item " + (k + 1), "Item " + (k + 1), "decimal", "", "checklist: 1 yes, 0 no",
                "value as stored, before reverse coding; " + String.join("; ", per), "score");
    }

    private static String scale(Instrument i) {
        return i.hasScale() ? i.scaleMin().toPlainString() + "-" + i.scaleMax().toPlainString() : "";
    }

    private Variable v(String file, String name, String nl, String en, String type, String unit, String values,
            String definition, String indicator) {
        return new Variable(file, name, dutch ? nl : en, type, unit, values, definition, indicator);
    }
}
