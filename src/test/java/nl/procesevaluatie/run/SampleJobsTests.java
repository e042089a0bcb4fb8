package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.job.JobFileReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample job of jobs/ runs and its outputs keep the invariants a reader relies on. */
class SampleJobsTests {

    static Stream<Path> sampleJobs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("jobs"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleJobs")
    void runsWithEveryRowAccountedSharesInRangeAndEveryGoalPresent(Path jobFile, @TempDir Path out) {
        JobFile job = new JobFileReader().read(jobFile);

        assertThat(Outputs.evaluate(jobFile.toString(), "--out", out.toString())).isZero();

        List<Map<String, String>> rows = Outputs.read(out.resolve("indicators.csv"));
        Map<String, Long> quality = rows.stream().filter(r -> r.get("indicator").startsWith("quality."))
                .collect(java.util.stream.Collectors.toMap(r -> r.get("indicator"), r -> Long.parseLong(r.get("value"))));
        List<String> datasets = Stream.concat(Stream.of("registrations", "sessions"), job.instruments().stream().map(i -> i.id()))
                .filter(d -> quality.containsKey("quality." + d + ".read")).toList();
        assertThat(datasets).hasSize(2 + job.instruments().size());
        for (String d : datasets) {
            String q = "quality." + d + ".";
            assertThat(quality.get(q + "read")).as(d)
                    .isEqualTo(quality.get(q + "accepted") + quality.get(q + "rejected") + quality.get(q + "skipped"));
        }
        long rejectedRows = quality.entrySet().stream().filter(e -> e.getKey().endsWith(".rejected")).mapToLong(Map.Entry::getValue).sum();
        assertThat((long) Outputs.read(out.resolve("rejects.csv")).size()).isEqualTo(rejectedRows + quality.get("quality.files_refused"));

        for (Map<String, String> r : rows) {
            if (isShare(r.get("indicator")) && !r.get("value").isEmpty()) {
                BigDecimal v = new BigDecimal(r.get("value"));
                assertThat(v).as(r.toString()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
        }
        for (Goal g : job.goals()) {
            Map<String, String> all = rows.stream().filter(r -> r.get("indicator").equals("goal." + g.id())
                    && r.get("scope").equals("all") && r.get("period").equals("all")).findFirst().orElseThrow();
            assertThat(all.get("status")).as(g.id()).isIn("met", "not_met", "in_progress", "no_data");
            assertThat(all.get("target")).isNotEmpty();
        }
        assertThat(Outputs.text(out.resolve("report.html"))).contains(job.goals().stream().map(Goal::id).toList());
    }

    private static boolean isShare(String id) {
        return id.startsWith("goal.") || id.startsWith("determinant.") || id.equals("reach.start_rate")
                || id.equals("reach.dropout_rate") || (id.startsWith("fidelity.")) || id.equals("maintenance.borging");
    }
}
