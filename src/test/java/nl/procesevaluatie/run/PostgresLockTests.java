package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines cannot run one evaluation on one PostgreSQL store at once: their output folders (and so
 * their file locks) differ, the database's advisory lock does not. Runs when PROCESEVALUATIE_TEST_POSTGRES
 * names a reachable server (.ci/run starts one), else it skips, like {@link PostgresTests}.
 */
class PostgresLockTests {
    private static final String SERVER = System.getenv().getOrDefault("PROCESEVALUATIE_TEST_POSTGRES",
            "jdbc:postgresql://localhost:5432/postgres?user=pe&password=pe");

    @TempDir
    Path dir;

    private static final String JOB = """
            evaluation: slot-test
            inbox: inbox
            as_of: 2022-06-30
            intervention: {code: PE, planned_sessions: 4}
            datasets:
              registrations:
                files: "registraties*.csv"
                columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum, started_on: Start}
            """;

    private String freshDatabase() {
        String name = "pe_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            assumeTrue(false, "no PostgreSQL server at " + PostgresSchema.redact(SERVER) + ": " + e.getMessage());
        }
        return SERVER.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    @Test
    void aSecondMachineWithItsOwnOutputFolderIsRefusedWhileTheFirstRunsAndOneThatWaitsRunsAfter() throws Exception {
        String database = freshDatabase();
        Files.createDirectories(dir.resolve("inbox"));
        for (int i = 1; i <= 6; i++) {
            StringBuilder sb = new StringBuilder("Traject,Organisatie,Aanmelddatum,Start\n");
            for (int t = 1; t <= 10 * i; t++) {
                sb.append("T").append(t).append(",Org ").append(t % 3).append(",2022-01-03,2022-02-01\n");
            }
            Files.writeString(dir.resolve("inbox/registraties_" + i + ".csv"), sb.toString());
        }
        Path job = Files.writeString(dir.resolve("job.yaml"), JOB);

        // given a run on "machine A" in another process, slowed down so it holds the locks for seconds
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path a = dir.resolve("machine-a");
        Process first = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dprocesevaluatie.test.pauseAfterFileMillis=1000", "-Djava.awt.headless=true", Evaluate.class.getName(),
                job.toString(), "--out", a.toString(), "--db", database))
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        try {
            // its log folder is created only after both locks are taken
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(a.resolve("logs")) && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(Files.exists(a.resolve("logs"))).as("the first run started: " + Outputs.text(dir.resolve("first.log"))).isTrue();

            // when "machine B", with an output folder of its own, runs the same evaluation on the same database
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int refused = Evaluate.run(List.of(job.toString(), "--out", dir.resolve("machine-b").toString(), "--db", database,
                    "--wait", "1"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

            // then it refuses in one line, naming the lock and who holds it, and writes no outputs
            String message = err.toString(StandardCharsets.UTF_8);
            assertThat(refused).as(message).isEqualTo(1);
            assertThat(message.lines().filter(l -> l.startsWith("error:")).toList()).hasSize(1);
            assertThat(message).contains("another run of this evaluation holds its PostgreSQL lock", "procesevaluatie ")
                    .doesNotContain("password=pe");
            assertThat(dir.resolve("machine-b/indicators.csv")).doesNotExist();
            assertThat(first.isAlive()).as("the first run was still running when the second was refused").isTrue();

            // and a run that may wait runs after the first, on the same intact store
            Path c = dir.resolve("machine-c");
            int waited = Evaluate.run(List.of(job.toString(), "--out", c.toString(), "--db", database, "--wait", "120"),
                    System.out, System.err);
            assertThat(waited).isZero();
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as(Outputs.text(dir.resolve("first.log"))).isZero();
            assertThat(Outputs.text(c.resolve("indicators.csv"))).contains("reach.registered,all,,all,60,,60,");
            assertThat(Outputs.text(c.resolve("indicators.csv"))).isEqualTo(Outputs.text(a.resolve("indicators.csv")));
        } finally {
            first.destroyForcibly();
        }
    }
}
