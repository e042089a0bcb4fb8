package nl.procesevaluatie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Properties of the indicators over generated data: seeded random trajects (some registered after as_of), sessions
 * (some not held, some after as_of, some of unknown trajects) and responses of every instrument kind, in several
 * organisations (with names that sort differently in UTF-16 and code points) and municipalities.
 */
class IndicatorPropertiesTests {
    static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);
    static final String SCRIPT_A = new String(Character.toChars(0x1D49C));
    static final List<String> ORGANISATIONS = List.of("A", "B", "Zorg", "a-team", "Org, E", "=X", "\uFF21", SCRIPT_A);
    static final List<String> MUNICIPALITIES = Collections.unmodifiableList(java.util.Arrays.asList(
            "Utrecht", "Zeist", "Houten", null));
    static final List<String> COMPONENTS = List.of("a", "b", "c", "d", "x");
    static final List<String> SHARE_INDICATORS = List.of("reach.start_rate", "reach.dropout_rate", "fidelity.",
            "determinant.", "goal.", "maintenance.borging");
    static final List<String> COUNTS = List.of("reach.registered", "reach.started", "reach.completed");

    static final String JOB = """
            as_of: 2023-03-31
            implementation_start: 2022-01-01
            min_cell_size: 5
            intervention: {code: X, planned_sessions: 8, min_dose: 0.75, core_components: [a, b, c, d]}
            target_population: {Utrecht: 300, Zeist: 120}
            budget: {fixed: 25000, per_session: 85.5}
            instruments:
              - id: obs
                kind: quality
                files: "obs*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                scale: [1, 5]
                items: [{column: O1}, {column: O2}]
              - id: fun
                kind: responsiveness
                files: "fun*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                scale: [0, 10]
                items: [{column: P1}]
              - id: midi
                kind: determinants
                files: "midi*.csv"
                columns: {respondent_id: R, date: D, organisation: O}
                scale: [1, 5]
                negative: [1, 2]
                positive: [4, 5]
                items:
                  - {column: V1, determinant: clarity, category: innovation}
                  - {column: V2, determinant: clarity, category: innovation, reverse: true}
                  - {column: V3, determinant: capacity, category: organisation}
              - id: borging
                kind: checklist
                files: "borging*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                items: [{column: B1}, {column: B2}, {column: B3, reverse: true}]
              - id: sdq
                kind: outcome
                files: "sdq*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T, moment: M}
                scale: [0, 2]
                items: [{column: S1}, {column: S2, reverse: true}]
              - id: sv
                kind: survey
                files: "sv*.csv"
                columns: {respondent_id: R, date: D, organisation: O, traject_id: T}
                items: [{column: F1}]
            goals:
              - id: GW
                window: {from: implementation_start, months: 6}
                criterion: {component_delivered: {component: a, within_sessions: 3}}
                target: 0.5
              - id: GOpen
                window: {from: 2023-01-01, months: 6}
                criterion: {attended_at_least: {share: 0.75}}
                target: 0.5
              - id: GS
                criterion: {started_within: {days: 42}}
                target: 0.7
              - id: GL
                criterion:
                  - started_within: {months: 1}
                  - components_delivered: {all: [a, b]}
                target: 0.3
              - id: GC
                window: {from: 2022-03-01, days: 400}
                criterion: {completed_within: {months: 4}}
                target: 0.6
              - id: GR
                criterion: {response: {instrument: fun, score_at_least: 6.5}}
                target: 0.4
              - id: GP
                population: professionals
                min_share: 0.6
                criterion: {attended_at_least: {sessions: 5}}
                target: 0.5
              - id: GOrg
                population: organisations
                min_share: 0.5
                criterion: {attended_at_least: {sessions: 4}}
                target: 0.75
              - id: GResp
                population: respondents
                instrument: sv
                criterion: {score_at_least: 6}
                target: 0.5
            """;

    /** Generated stored rows. */
    record Generated(List<RegistrationRow> registrations, List<SessionRow> sessions, List<Store.StoredResponse> responses) {}

    static Generated generate(long seed, int n) {
        Random rnd = new Random(seed);
        List<RegistrationRow> regs = new ArrayList<>();
        List<SessionRow> sessions = new ArrayList<>();
        LocalDate first = LocalDate.of(2021, 6, 1);
        String[] reasons = {"completed", "completed", "completed", "dropped_out", "not_started", "other", null};
        for (int i = 0; i < n; i++) {
            String id = String.format("t%05d", i);
            String org = ORGANISATIONS.get(rnd.nextInt(ORGANISATIONS.size()));
            String mun = MUNICIPALITIES.get(rnd.nextInt(MUNICIPALITIES.size()));
            String prof = rnd.nextInt(10) == 0 ? null : "p" + rnd.nextInt(30);
            String client = rnd.nextInt(7) == 0 ? null : "c" + rnd.nextInt(Math.max(1, n / 2));
            LocalDate registered = first.plusDays(rnd.nextInt(760));
            LocalDate started = rnd.nextInt(5) == 0 ? null : registered.plusDays(rnd.nextInt(131) - 10);
            LocalDate ended = null;
            String reason = null;
            if (started != null && rnd.nextInt(5) < 3) {
                ended = started.plusDays(rnd.nextInt(251));
                reason = reasons[rnd.nextInt(reasons.length)];
            }
            regs.add(new RegistrationRow(id, client, org, mun, prof, null, null, registered, started, ended, reason,
                    null, null));
            if (started != null) {
                int k = rnd.nextInt(15);
                for (int s = 1; s <= k; s++) {
                    List<String> comps = new ArrayList<>();
                    for (String c : COMPONENTS) {
                        if (rnd.nextInt(4) == 0) {
                            comps.add(c);
                        }
                    }
                    sessions.add(new SessionRow(id, s, started.plusDays(7L * (s - 1) + rnd.nextInt(5) - 2),
                            rnd.nextInt(10) != 0, rnd.nextInt(5) != 0, comps, null));
                }
            }
        }
        for (int i = 0; i < n / 50; i++) {
            sessions.add(new SessionRow("unknown" + i, 1, AS_OF.minusDays(rnd.nextInt(100)), true, true, List.of("a"), null));
        }
        // responses, one per key (rule 3): a later one with the same key replaces the earlier
        Map<List<Object>, Store.StoredResponse> byKey = new LinkedHashMap<>();
        String[] instruments = {"obs", "fun", "midi", "borging", "sdq", "sv"};
        int[] itemCounts = {2, 1, 3, 3, 2, 1};
        long line = 1;
        for (int i = 0; i < n * 2; i++) {
            int which = rnd.nextInt(instruments.length);
            String instrument = instruments[which];
            String respondent = "r" + rnd.nextInt(Math.max(1, n / 3));
            LocalDate date = AS_OF.minusDays(rnd.nextInt(400) - 30);
            String moment = instrument.equals("sdq") ? (rnd.nextBoolean() ? "pre" : "post") : "";
            String traject = rnd.nextInt(3) == 0 ? "" : regs.get(rnd.nextInt(regs.size())).trajectId();
            String org = rnd.nextInt(3) == 0 ? "" : ORGANISATIONS.get(rnd.nextInt(ORGANISATIONS.size()));
            List<BigDecimal> items = new ArrayList<>();
            for (int j = 0; j < itemCounts[which]; j++) {
                items.add(rnd.nextInt(6) == 0 ? null : itemValue(instrument, rnd));
            }
            ResponseRow row = new ResponseRow(instrument, respondent, date, moment, traject, org, items);
            String file = String.valueOf((char) ('a' + rnd.nextInt(5)));
            byKey.put(List.of(instrument, respondent, date, moment, traject, org), new Store.StoredResponse(row, file, line++));
        }
        return new Generated(regs, sessions, new ArrayList<>(byKey.values()));
    }

    static BigDecimal itemValue(String instrument, Random rnd) {
        return switch (instrument) {
            case "obs", "midi" -> BigDecimal.valueOf(1 + rnd.nextInt(5));
            case "fun" -> BigDecimal.valueOf(rnd.nextInt(21)).divide(BigDecimal.valueOf(2));
            case "borging" -> BigDecimal.valueOf(rnd.nextInt(2));
            case "sdq" -> BigDecimal.valueOf(rnd.nextInt(3));
            default -> BigDecimal.valueOf(1 + rnd.nextInt(10));
        };
    }

    static EvaluationData build(JobFile job, Generated g) {
        return Fixtures.dataStored(job, g.registrations(), g.sessions(), g.responses());
    }

    static List<IndicatorRow> compute(JobFile job, Generated g) {
        return Fixtures.calculate(build(job, g));
    }

    static <T> Map<T, List<IndicatorRow>> group(List<IndicatorRow> rows, java.util.function.Function<IndicatorRow, T> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    @ParameterizedTest(name = "seed {0}, {1} trajects")
    @CsvSource({"1, 200", "7, 500", "42, 1000", "2023, 2000", "99, 333"})
    void properties(long seed, int n, @TempDir Path dir) {
        JobFile job = Fixtures.job(dir, JOB);
        Generated g = generate(seed, n);
        List<IndicatorRow> rows = compute(job, g);
        assertThat(rows).hasSizeGreaterThan(100);

        sharesLieBetweenZeroAndOne(rows);
        valueIsNumeratorOverDenominator(rows);
        rowsAreUnique(rows);
        reachCountsAddUp(rows);
        goalQuartersAddUp(job, rows);
        quartersAreNotAfterAsOf(rows);
        csvIsSortedByCodePoints(rows);

        // computing twice, and from the same stored rows fed in another order, gives identical rows
        assertThat(compute(job, g)).isEqualTo(rows);
        Random shuffle = new Random(seed + 1);
        List<RegistrationRow> regs = new ArrayList<>(g.registrations());
        List<SessionRow> sessions = new ArrayList<>(g.sessions());
        List<Store.StoredResponse> responses = new ArrayList<>(g.responses());
        Collections.shuffle(regs, shuffle);
        Collections.shuffle(sessions, shuffle);
        Collections.shuffle(responses, shuffle);
        assertThat(compute(job, new Generated(regs, sessions, responses))).isEqualTo(rows);
        assertThat(IndicatorCsv.full(compute(job, g))).isEqualTo(IndicatorCsv.full(rows));
    }

    static void sharesLieBetweenZeroAndOne(List<IndicatorRow> rows) {
        long checked = 0;
        for (IndicatorRow r : rows) {
            if (SHARE_INDICATORS.stream().anyMatch(p -> r.indicator().startsWith(p)) && r.value() != null) {
                assertThat(r.value().compareTo(Q.ZERO)).as(r.toString()).isGreaterThanOrEqualTo(0);
                assertThat(r.value().compareTo(Q.ONE)).as(r.toString()).isLessThanOrEqualTo(0);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    static void valueIsNumeratorOverDenominator(List<IndicatorRow> rows) {
        long checked = 0;
        for (IndicatorRow r : rows) {
            if (r.numerator() != null && r.denominator() != null) {
                if (r.denominator().equals(Q.ZERO)) {
                    assertThat(r.value()).as(r.toString()).isNull();
                } else {
                    assertThat(r.value()).as(r.toString()).isEqualTo(r.numerator().divide(r.denominator()));
                    checked++;
                }
            }
            if (r.count()) {
                assertThat(r.denominator()).as(r.toString()).isNull();
                assertThat(r.value()).as(r.toString()).isEqualTo(r.numerator());
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    static void rowsAreUnique(List<IndicatorRow> rows) {
        Set<List<String>> keys = new HashSet<>();
        for (IndicatorRow r : rows) {
            assertThat(keys.add(List.of(r.indicator(), r.scope(), r.scopeValue(), r.period()))).as(r.toString()).isTrue();
        }
    }

    static void reachCountsAddUp(List<IndicatorRow> rows) {
        for (String id : COUNTS) {
            List<IndicatorRow> mine = rows.stream().filter(r -> r.indicator().equals(id)).toList();
            IndicatorRow all = mine.stream().filter(r -> r.isAllScope() && r.isAllPeriod()).findFirst().orElseThrow();
            // organisations partition T
            Q organisations = mine.stream().filter(r -> r.scope().equals("organisation") && r.isAllPeriod())
                    .map(IndicatorRow::numerator).reduce(Q.ZERO, Q::add);
            assertThat(organisations).as(id + " organisations").isEqualTo(all.numerator());
            // municipalities cover only the trajects with one
            Q municipalities = mine.stream().filter(r -> r.scope().equals("municipality") && r.isAllPeriod())
                    .map(IndicatorRow::numerator).reduce(Q.ZERO, Q::add);
            assertThat(municipalities.compareTo(all.numerator())).as(id + " municipalities").isLessThanOrEqualTo(0);
            // per scope, the quarter rows add up to the period-all row
            Map<List<String>, List<IndicatorRow>> byScope = group(mine, r -> List.of(r.scope(), r.scopeValue()));
            assertThat(byScope).hasSizeGreaterThan(ORGANISATIONS.size());
            byScope.forEach((scope, list) -> {
                IndicatorRow scopeAll = list.stream().filter(IndicatorRow::isAllPeriod).findFirst().orElseThrow();
                Q quarters = list.stream().filter(r -> !r.isAllPeriod()).map(IndicatorRow::numerator).reduce(Q.ZERO, Q::add);
                assertThat(quarters).as(id + " quarters of " + scope).isEqualTo(scopeAll.numerator());
            });
        }
        // and the organisations' quarter rows add up to the all scope's quarter rows
        for (String id : COUNTS) {
            Map<String, Q> allScope = new TreeMap<>();
            Map<String, Q> organisations = new TreeMap<>();
            for (IndicatorRow r : rows) {
                if (r.indicator().equals(id) && !r.isAllPeriod()) {
                    if (r.isAllScope()) {
                        allScope.merge(r.period(), r.numerator(), Q::add);
                    } else if (r.scope().equals("organisation")) {
                        organisations.merge(r.period(), r.numerator(), Q::add);
                    }
                }
            }
            assertThat(organisations).as(id).isEqualTo(allScope);
        }
    }

    static void goalQuartersAddUp(JobFile job, List<IndicatorRow> rows) {
        int goalsOverTrajects = 0;
        for (var goal : job.goals()) {
            String id = "goal." + goal.id();
            List<IndicatorRow> mine = rows.stream().filter(r -> r.indicator().equals(id)).toList();
            boolean overTrajects = goal.population() == nl.procesevaluatie.job.Goal.Population.trajects;
            if (!overTrajects) {
                assertThat(mine).as(id + " has no quarter rows").allMatch(IndicatorRow::isAllPeriod);
                continue;
            }
            goalsOverTrajects++;
            Map<List<String>, List<IndicatorRow>> byScope = group(mine, r -> List.of(r.scope(), r.scopeValue()));
            assertThat(byScope.keySet()).as(id).allMatch(k -> !k.get(0).equals("municipality"));
            byScope.forEach((scope, list) -> {
                IndicatorRow scopeAll = list.stream().filter(IndicatorRow::isAllPeriod).findFirst().orElseThrow();
                List<IndicatorRow> quarters = list.stream().filter(r -> !r.isAllPeriod()).toList();
                assertThat(quarters.stream().map(IndicatorRow::numerator).reduce(Q.ZERO, Q::add))
                        .as(id + " numerators of " + scope).isEqualTo(scopeAll.numerator());
                assertThat(quarters.stream().map(IndicatorRow::denominator).reduce(Q.ZERO, Q::add))
                        .as(id + " denominators of " + scope).isEqualTo(scopeAll.denominator());
                // a quarter row exists only where a member has its cohort date
                assertThat(quarters).as(id).allMatch(r -> r.denominator().compareTo(Q.ZERO) > 0);
                // the status follows the goal's rule on the quarter's own value
                for (IndicatorRow q : quarters) {
                    String expected = goal.window() != null && goal.window().end().isAfter(AS_OF) ? "in_progress"
                            : q.value().compareTo(Q.of(goal.target())) >= 0 ? "met" : "not_met";
                    assertThat(q.status()).as(q.toString()).isEqualTo(expected);
                }
            });
        }
        assertThat(goalsOverTrajects).isEqualTo(6);
    }

    static void quartersAreNotAfterAsOf(List<IndicatorRow> rows) {
        String last = Quarters.of(AS_OF);
        for (IndicatorRow r : rows) {
            if (!r.isAllPeriod()) {
                assertThat(r.period()).matches("\\d{4}-Q[1-4]");
                assertThat(r.period().compareTo(last)).as(r.toString()).isLessThanOrEqualTo(0);
            }
        }
    }

    static void csvIsSortedByCodePoints(List<IndicatorRow> rows) {
        String csv = IndicatorCsv.full(rows);
        assertThat(csv).startsWith(IndicatorCsv.HEADER).endsWith("\n");
        List<String> lines = List.of(csv.substring(IndicatorCsv.HEADER.length()).split("\n"));
        assertThat(lines).hasSize(rows.size());
        List<String> previous = null;
        for (String line : lines) {
            List<String> cells = parse(line);
            assertThat(cells).as(line).hasSize(10);
            List<String> key = cells.subList(0, 4).stream().map(IndicatorPropertiesTests::unguard).toList();
            if (previous != null) {
                assertThat(compare(previous, key)).as(previous + " before " + key).isLessThan(0);
            }
            previous = key;
        }
    }

    static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = InboxScanner.compareCodePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The text before the formula guard of rule 53. */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    /** One CSV line of rule 52 into its cells. */
    static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
