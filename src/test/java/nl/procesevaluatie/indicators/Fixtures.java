package nl.procesevaluatie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import nl.procesevaluatie.store.Store;

/** Small builders and finders shared by the indicator tests. */
final class Fixtures {
    private Fixtures() {}

    static final String DATASETS = """
            datasets:
              registrations:
                files: "reg*.csv"
                columns: {traject_id: T, organisation: O, registered_on: R}
              sessions:
                files: "ses*.csv"
                columns: {traject_id: T, session_no: N, date: D, attended: A}
            """;

    /** A job file from the given top-level YAML (as_of, intervention, instruments, goals, ...) plus datasets and inbox. */
    static JobFile job(Path dir, String yaml) {
        try {
            Files.createDirectories(dir.resolve("inbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JobFileReader().read("evaluation: t\ninbox: inbox\n" + DATASETS + yaml, dir.resolve("job.yaml"));
    }

    static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** A registration under construction: traject, organisation and registration date, the rest optional. */
    static final class Reg {
        private final String id;
        private final String org;
        private final String registered;
        private String started;
        private String ended;
        private String reason;
        private String municipality;
        private String professional;
        private String client;

        private Reg(String id, String org, String registered) {
            this.id = id;
            this.org = org;
            this.registered = registered;
        }

        Reg start(String date) {
            started = date;
            return this;
        }

        Reg end(String date, String endReason) {
            ended = date;
            reason = endReason;
            return this;
        }

        Reg mun(String m) {
            municipality = m;
            return this;
        }

        Reg prof(String p) {
            professional = p;
            return this;
        }

        Reg client(String c) {
            client = c;
            return this;
        }

        RegistrationRow row() {
            return new RegistrationRow(id, client, org, municipality, professional, null, null, d(registered), d(started),
                    d(ended), reason, null, null);
        }
    }

    static Reg reg(String id, String org, String registered) {
        return new Reg(id, org, registered);
    }

    static SessionRow ses(String traject, long no, String date, boolean held, boolean attended, String... components) {
        return new SessionRow(traject, no, d(date), held, attended, List.of(components), null);
    }

    /** Held, attended sessions 1..n on consecutive days from {@code first}, without components. */
    static List<SessionRow> attendedSessions(String traject, int n, String first) {
        List<SessionRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ses(traject, i + 1, d(first).plusDays(i).toString(), true, true));
        }
        return out;
    }

    /** A response; items as decimal texts, null for a missing item. */
    static ResponseRow resp(String instrument, String respondent, String date, String moment, String traject, String org,
            String... items) {
        List<BigDecimal> values = new ArrayList<>();
        for (String i : items) {
            values.add(i == null ? null : new BigDecimal(i));
        }
        return new ResponseRow(instrument, respondent, d(date), moment, traject, org, values);
    }

    static Store.StoredResponse stored(ResponseRow row, String srcOrder, long line) {
        return new Store.StoredResponse(row, srcOrder, line);
    }

    /** Builds the data: registrations first, then sessions, then responses (file "a", lines in list order). */
    static EvaluationData data(JobFile job, List<RegistrationRow> regs, List<SessionRow> sessions, List<ResponseRow> responses) {
        List<Store.StoredResponse> stored = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            stored.add(stored(responses.get(i), "a", i + 2));
        }
        return dataStored(job, regs, sessions, stored);
    }

    static EvaluationData dataStored(JobFile job, List<RegistrationRow> regs, List<SessionRow> sessions,
            List<Store.StoredResponse> responses) {
        EvaluationData.Builder b = new EvaluationData.Builder(job, job.asOf());
        regs.forEach(b::registration);
        sessions.forEach(b::session);
        responses.forEach(b::response);
        return b.build();
    }

    static List<RegistrationRow> rows(Reg... regs) {
        return Arrays.stream(regs).map(Reg::row).toList();
    }

    static List<IndicatorRow> calculate(EvaluationData data) {
        return new IndicatorCalculator().calculate(data,
                new IndicatorCalculator.QualityInput(List.of("registrations", "sessions"), List.of(), 0, 0));
    }

    /**
     * The one row of an indicator in a scope ({@code all}, {@code org:NAME} or {@code mun:NAME}) and period.
     */
    static IndicatorRow at(List<IndicatorRow> rows, String indicator, String scope, String period) {
        List<IndicatorRow> found = find(rows, indicator, scope, period);
        if (found.size() != 1) {
            fail("expected one row " + indicator + " " + scope + " " + period + ", found " + found.size());
        }
        return found.get(0);
    }

    static IndicatorRow at(List<IndicatorRow> rows, String indicator, String scope) {
        return at(rows, indicator, scope, "all");
    }

    static List<IndicatorRow> find(List<IndicatorRow> rows, String indicator, String scope, String period) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && inScope(r, scope) && r.period().equals(period))
                .toList();
    }

    static boolean inScope(IndicatorRow r, String scope) {
        if (scope.equals("all")) {
            return r.scope().equals("all") && r.scopeValue().isEmpty();
        } else if (scope.startsWith("org:")) {
            return r.scope().equals("organisation") && r.scopeValue().equals(scope.substring(4));
        } else if (scope.startsWith("mun:")) {
            return r.scope().equals("municipality") && r.scopeValue().equals(scope.substring(4));
        }
        throw new IllegalArgumentException(scope);
    }

    static boolean exists(List<IndicatorRow> rows, String indicator, String scope, String period) {
        return !find(rows, indicator, scope, period).isEmpty();
    }

    /** The periods of an indicator's rows in a scope, in row order. */
    static List<String> periods(List<IndicatorRow> rows, String indicator, String scope) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && inScope(r, scope))
                .map(IndicatorRow::period).sorted(nl.procesevaluatie.inbox.InboxScanner::compareCodePoints).toList();
    }

    /** The scopes (as {@code all}, {@code org:X}, {@code mun:X}) an indicator has period-all rows for, sorted. */
    static List<String> scopes(List<IndicatorRow> rows, String indicator) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.period().equals("all"))
                .map(r -> switch (r.scope()) {
                    case "organisation" -> "org:" + r.scopeValue();
                    case "municipality" -> "mun:" + r.scopeValue();
                    default -> "all";
                }).sorted().toList();
    }

    /** Compares numerator, denominator and value as indicators.csv writes them, and the status ("" for none). */
    static void expect(IndicatorRow r, String numerator, String denominator, String value, String status) {
        String where = r.indicator() + " " + r.scope() + " " + r.scopeValue() + " " + r.period();
        assertEquals(numerator, IndicatorCsv.number(r.numerator()), where + " numerator");
        assertEquals(denominator, IndicatorCsv.number(r.denominator()), where + " denominator");
        assertEquals(value, IndicatorCsv.value(r), where + " value");
        assertEquals(status, r.status() == null ? "" : r.status(), where + " status");
    }

    static void expect(IndicatorRow r, String numerator, String denominator, String value) {
        expect(r, numerator, denominator, value, "");
    }

    /** A count row: numerator = value = n, denominator empty. */
    static void expectCount(IndicatorRow r, long n) {
        assertThat(r.count()).as(r.indicator() + " is a count").isTrue();
        expect(r, Long.toString(n), "", Long.toString(n), "");
    }
}
