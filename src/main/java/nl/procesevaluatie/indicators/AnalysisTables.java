package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The researcher's dataset as Tablesaw tables, from the data the indicators used: the traject table's
 * analyst columns (the very columns the traject-based indicators were counted from) with the shares and
 * latest scores added, and one row per response. Shares and scores are exact values rounded once to four
 * decimals (details.md rule 51), as text: Tablesaw's decimal columns are doubles.
 */
public final class AnalysisTables {
    public static final String DOSE_DELIVERED = "dose_delivered";
    public static final String DOSE_RECEIVED = "dose_received";
    public static final String ADHERENCE = "adherence";

    private AnalysisTables() {}

    public static String score(String instrument) {
        return "score." + instrument;
    }

    public static String item(int i) {
        return "item_" + (i + 1);
    }

    public static JobFile job(EvaluationData data) {
        return data.job;
    }

    /**
     * One row per traject of T; the professional is replaced by {@code pseudonym} (the run's keyed hash),
     * so the raw number never leaves the store.
     */
    public static Table trajects(EvaluationData data, UnaryOperator<String> pseudonym) {
        TrajectTable tt = data.trajectTable();
        Table t = tt.table();
        int planned = data.job.intervention().plannedSessions();
        int core = data.job.intervention().coreComponents().size();
        List<Column<?>> out = new ArrayList<>();
        for (String name : tt.analysisColumns()) {
            if (name.equals(TrajectTable.PROFESSIONAL)) {
                out.add(pseudonymised(t.stringColumn(name), pseudonym));
                continue;
            }
            out.add(t.column(name));
            if (name.equals(TrajectTable.FULL_DOSE)) {
                out.add(share(DOSE_DELIVERED, t.intColumn(TrajectTable.DELIVERED), planned));
                out.add(share(DOSE_RECEIVED, t.intColumn(TrajectTable.ATTENDED), planned));
            } else if (name.equals(TrajectTable.CORE_DELIVERED)) {
                out.add(share(ADHERENCE, t.intColumn(name), core));
            }
        }
        StringColumn ids = t.stringColumn(TrajectTable.TRAJECT);
        for (Instrument i : data.job.instruments()) {
            Map<String, Response> latest = new HashMap<>();
            for (Response r : data.responsesOf(i.id())) {
                if (!r.row().trajectId().isEmpty()) {
                    latest.merge(r.row().trajectId(), r, (a, b) -> Response.BY_POSITION.compare(a, b) >= 0 ? a : b);
                }
            }
            StringColumn score = StringColumn.create(score(i.id()));
            for (int row = 0; row < ids.size(); row++) {
                Response r = latest.get(ids.get(row));
                score.append(r == null ? "" : decimal(r.score()));
            }
            out.add(score);
        }
        return Table.create("trajects", out);
    }

    /** One row per stored response dated on or before as_of, in key order; item values as stored. */
    public static Table responses(EvaluationData data) {
        int items = data.job.instruments().stream().mapToInt(i -> i.items().size()).max().orElse(0);
        StringColumn respondent = StringColumn.create("respondent_id");
        StringColumn instrument = StringColumn.create("instrument");
        DateColumn date = DateColumn.create("date");
        StringColumn moment = StringColumn.create("moment");
        StringColumn traject = StringColumn.create(TrajectTable.TRAJECT);
        StringColumn organisation = StringColumn.create(TrajectTable.ORGANISATION);
        List<StringColumn> values = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            values.add(StringColumn.create(item(i)));
        }
        StringColumn score = StringColumn.create("score");
        List<String> order = data.job.instruments().stream().map(Instrument::id).toList();
        List<Response> sorted = new ArrayList<>(data.responses);
        sorted.sort(Comparator.comparingInt((Response r) -> order.indexOf(r.instrument().id()))
                .thenComparing(r -> r.row().respondentId()).thenComparing(r -> r.row().date())
                .thenComparing(r -> r.row().moment()).thenComparing(r -> r.row().trajectId())
                .thenComparing(r -> r.row().organisation()));
        for (Response r : sorted) {
            respondent.append(r.row().respondentId());
            instrument.append(r.instrument().id());
            date.append(r.row().date());
            moment.append(r.row().moment());
            traject.append(r.row().trajectId());
            organisation.append(r.organisation() == null ? "" : r.organisation());
            for (int i = 0; i < items; i++) {
                BigDecimal v = i < r.row().items().size() ? r.row().items().get(i) : null;
                values.get(i).append(v == null ? "" : v.toPlainString());
            }
            score.append(decimal(r.score()));
        }
        List<Column<?>> out = new ArrayList<>(List.of(respondent, instrument, date, moment, traject, organisation));
        out.addAll(values);
        out.add(score);
        return Table.create("responses", out);
    }

    private static StringColumn pseudonymised(StringColumn raw, UnaryOperator<String> pseudonym) {
        Map<String, String> known = new HashMap<>(); // few professionals, many trajects: hash each once
        StringColumn out = StringColumn.create(raw.name());
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            out.append(v.isEmpty() ? "" : known.computeIfAbsent(v, pseudonym));
        }
        return out;
    }

    /** value / denominator with four decimals; empty where the value is missing or the denominator 0. */
    private static StringColumn share(String name, IntColumn values, int denominator) {
        StringColumn out = StringColumn.create(name);
        for (int i = 0; i < values.size(); i++) {
            out.append(values.isMissing(i) || denominator == 0 ? "" : decimal(Q.of(values.getInt(i), denominator)));
        }
        return out;
    }

    private static String decimal(Q q) {
        if (q == null) {
            return "";
        }
        String s = q.round(4).toPlainString();
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
