package nl.procesevaluatie.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import nl.procesevaluatie.run.Outputs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.procesevaluatie.benchmark.DataGenerator;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import nl.procesevaluatie.run.Evaluate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over generated evaluations: aggregating analysis/trajects.csv the way indicators.md defines each
 * traject-based indicator gives the numerator and denominator of every such row of indicators.csv.
 */
class AnalysisDatasetPropertyTests {
    @TempDir
    Path dir;

    @Test
    void theTrajectFileReproducesEveryTrajectBasedIndicatorRow() {
        for (long seed : new long[] {3, 11}) {
            DataGenerator.Result generated = DataGenerator.generate(dir.resolve("gen" + seed), DataGenerator.Options.of(400, seed));
            Path out = dir.resolve("out" + seed);
            assertThat(Evaluate.run(List.of(generated.jobFile().toString(), "--out", out.toString()), System.out, System.err)).isZero();
            JobFile job = new JobFileReader().read(generated.jobFile());
            Map<String, Integer> checked = check(job, Outputs.read(out.resolve("analysis/trajects.csv")), Outputs.read(out.resolve("indicators.csv")));
            // every family was exercised, with its quarter rows
            assertThat(checked.keySet()).contains("reach.registered", "reach.dropout_rate", "reach.penetration",
                    "fidelity.dose_delivered", "fidelity.adherence", "fidelity.full_dose_rate");
            assertThat(checked.keySet().stream().filter(k -> k.startsWith("goal.") && k.endsWith(".reachable"))).isNotEmpty();
            assertThat(checked.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(1000);
        }
    }

    private Map<String, Integer> check(JobFile job, List<Map<String, String>> trajects, List<Map<String, String>> indicators) {
        long planned = job.intervention().plannedSessions();
        int core = job.intervention().coreComponents().size();
        Map<String, Integer> checked = new TreeMap<>();
        for (Map<String, String> row : indicators) {
            String id = row.get("indicator");
            Expected e = expected(job, id, planned, core, select(trajects, row, cohort(job, id)));
            if (e == null) {
                continue;
            }
            String where = id + " " + row.get("scope") + " " + row.get("scope_value") + " " + row.get("period");
            java.util.Comparator<BigDecimal> exact = java.util.Comparator.nullsFirst(BigDecimal::compareTo);
            assertThat(number(row.get("numerator"))).as("numerator of " + where).usingComparator(exact).isEqualTo(e.numerator());
            if (!id.equals("reach.penetration")) { // its denominator is the job's target, not a count of trajects
                assertThat(number(row.get("denominator"))).as("denominator of " + where).usingComparator(exact)
                        .isEqualTo(e.denominator());
            }
            checked.merge(id, 1, Integer::sum);
        }
        return checked;
    }

    record Expected(BigDecimal numerator, BigDecimal denominator) {}

    /** Numerator and denominator from the trajects of the row's scope and period; null for other indicators. */
    private static Expected expected(JobFile job, String id, long planned, int core, List<Map<String, String>> ts) {
        Predicate<Map<String, String>> completed = t -> yes(t, "completed");
        Predicate<Map<String, String>> ended = t -> yes(t, "completed") || yes(t, "dropped_out");
        switch (id) {
            case "reach.registered": return count(ts.size());
            case "reach.started": return count(count(ts, t -> yes(t, "started")));
            case "reach.completed": return count(count(ts, completed));
            case "reach.start_rate": return share(count(ts, t -> yes(t, "started")), ts.size());
            case "reach.dropout_rate": return share(count(ts, t -> yes(t, "dropped_out")), count(ts, ended));
            case "reach.wait_days.median", "reach.wait_days.p90":
                return new Expected(null, BigDecimal.valueOf(count(ts, t -> yes(t, "started"))));
            case "reach.penetration": {
                Set<String> clients = new HashSet<>();
                long anonymous = 0;
                for (Map<String, String> t : ts) {
                    if (yes(t, "started")) {
                        if (t.get("client").isEmpty()) {
                            anonymous++;
                        } else {
                            clients.add(t.get("client"));
                        }
                    }
                }
                return new Expected(BigDecimal.valueOf(clients.size() + anonymous), null); // denominator: the target, not checked here
            }
            case "fidelity.dose_delivered":
                return mean(sum(ts, completed, t -> Math.min(integer(t, "delivered"), planned)), planned, count(ts, completed));
            case "fidelity.dose_received":
                return mean(sum(ts, ended, t -> Math.min(integer(t, "attended"), planned)), planned, count(ts, ended));
            case "fidelity.full_dose_rate": return share(count(ts, t -> ended.test(t) && yes(t, "full_dose")), count(ts, ended));
            case "fidelity.adherence": return mean(sum(ts, completed, t -> integer(t, "core_delivered")), core, count(ts, completed));
            case "fidelity.adherence_full_rate":
                return share(count(ts, t -> completed.test(t) && integer(t, "core_delivered") == core), count(ts, completed));
            default:
                break;
        }
        if (id.startsWith("fidelity.component.")) {
            String column = "component." + id.substring("fidelity.component.".length());
            return share(count(ts, t -> completed.test(t) && yes(t, column)), count(ts, completed));
        }
        for (Goal g : job.goals()) {
            if (g.population() != Goal.Population.trajects) {
                continue;
            }
            String prefix = "goal." + g.id();
            Predicate<Map<String, String>> member = t -> yes(t, prefix + ".member");
            if (id.equals(prefix)) {
                return share(count(ts, t -> yes(t, prefix + ".met")), count(ts, member));
            }
            if (id.equals(prefix + ".reachable")) {
                return share(count(ts, t -> yes(t, prefix + ".met") || yes(t, prefix + ".open")), count(ts, member));
            }
        }
        return null;
    }

    /** The column whose quarter is a row's period (rules 24 and 50). */
    private static String cohort(JobFile job, String id) {
        if (id.equals("reach.registered") || id.equals("reach.start_rate")) {
            return "registered_quarter";
        }
        for (Goal g : job.goals()) {
            if (id.equals("goal." + g.id()) || id.equals("goal." + g.id() + ".reachable")) {
                return g.window() != null ? "started_quarter" : "registered_quarter";
            }
        }
        return "started_quarter";
    }

    private static List<Map<String, String>> select(List<Map<String, String>> trajects, Map<String, String> row, String cohort) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> t : trajects) {
            boolean inScope = switch (row.get("scope")) {
                case "organisation" -> t.get("organisation").equals(row.get("scope_value"));
                case "municipality" -> t.get("municipality").equals(row.get("scope_value"));
                default -> true;
            };
            if (inScope && (row.get("period").equals("all") || t.get(cohort).equals(row.get("period")))) {
                out.add(t);
            }
        }
        return out;
    }

    private static Expected count(long n) {
        return new Expected(BigDecimal.valueOf(n), null);
    }

    private static Expected share(long meeting, long population) {
        return new Expected(BigDecimal.valueOf(meeting), BigDecimal.valueOf(population));
    }

    /** A mean over a fixed denominator: numerator = sum / d, written like indicators.csv writes it. */
    private static Expected mean(long sum, long d, long population) {
        BigDecimal numerator = new BigDecimal(sum).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP);
        return new Expected(numerator.stripTrailingZeros(), BigDecimal.valueOf(population));
    }

    private static long count(List<Map<String, String>> ts, Predicate<Map<String, String>> p) {
        return ts.stream().filter(p).count();
    }

    private static long sum(List<Map<String, String>> ts, Predicate<Map<String, String>> p,
            java.util.function.ToLongFunction<Map<String, String>> f) {
        return ts.stream().filter(p).mapToLong(f).sum();
    }

    private static boolean yes(Map<String, String> t, String column) {
        return "true".equals(t.get(column));
    }

    private static long integer(Map<String, String> t, String column) {
        return Long.parseLong(t.get(column));
    }

    private static BigDecimal number(String cell) {
        return cell == null || cell.isEmpty() ? null : new BigDecimal(cell).stripTrailingZeros();
    }
}
