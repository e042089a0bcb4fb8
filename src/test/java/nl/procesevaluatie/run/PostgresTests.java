package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store and job repository on PostgreSQL give the same outputs as on the embedded HSQLDB. Runs when
 * PROCESEVALUATIE_TEST_POSTGRES names a reachable server (.ci/run starts one), else it skips.
 */
class PostgresTests {
    private static final String SERVER = System.getenv().getOrDefault("PROCESEVALUATIE_TEST_POSTGRES",
            "jdbc:postgresql://localhost:5432/postgres?user=pe&password=pe");

    @TempDir
    Path tmp;
    private String database;

    @BeforeEach
    void freshDatabase() {
        String name = "pe_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            assumeTrue(false, "no PostgreSQL server at " + PostgresSchema.redact(SERVER) + ": " + e.getMessage());
        }
        database = SERVER.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    @Test
    void theSampleEvaluationGivesTheSameIndicatorsOnPostgresAsOnHsqldb() {
        Path job = Path.of("jobs", "psycho-educatie.yaml");
        assertThat(Outputs.evaluate(job.toString(), "--out", tmp.resolve("hsqldb").toString())).isZero();

        assertThat(Outputs.evaluate(job.toString(), "--out", tmp.resolve("pg").toString(), "--db", database)).isZero();

        for (String f : new String[] {"indicators.csv", "indicators-public.csv", "rejects.csv"}) {
            assertThat(Outputs.text(tmp.resolve("pg").resolve(f))).as(f).isEqualTo(Outputs.text(tmp.resolve("hsqldb").resolve(f)));
        }
        // the analysis tables are COPYed into the evaluation's database: as many rows and goal G1 hits as the CSV
        var trajects = Outputs.read(tmp.resolve("pg").resolve("analysis/trajects.csv"));
        long met = trajects.stream().filter(r -> r.get("goal.G1.met").equals("true")).count();
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + PostgresSchema.schemaOf(database, "psycho-educatie"));
            java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CASE WHEN goal_g1_met THEN 1 ELSE 0 END),"
                    + " (SELECT COUNT(*) FROM analysis_responses), (SELECT COUNT(*) FROM analysis_codebook) FROM analysis_trajects");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(trajects.size());
            assertThat(rs.getLong(2)).isEqualTo(met).isPositive();
            assertThat(rs.getLong(3)).isEqualTo(Outputs.read(tmp.resolve("pg").resolve("analysis/responses.csv")).size());
            assertThat(rs.getLong(4)).isEqualTo(Outputs.read(tmp.resolve("pg").resolve("analysis/codebook.csv")).size());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theErrorRichAcceptanceCaseMatchesOnPostgresAlsoOnARerun() {
        Path acceptance = Outputs.ACCEPTANCE.resolve("dutch-excel-errors");
        assumeTrue(Files.isDirectory(acceptance), "../shared/acceptance is not beside this clone");
        Path out = tmp.resolve("out");
        for (int run = 0; run < 2; run++) {
            assertThat(Outputs.evaluate(acceptance.resolve("job.yaml").toString(), "--out", out.toString(), "--db", database)).isZero();
            assertThat(Outputs.compareIndicators(acceptance.resolve("expected/indicators.csv"), out.resolve("indicators.csv"))).isEmpty();
            assertThat(Outputs.compareRejects(acceptance.resolve("expected/rejects.csv"), out.resolve("rejects.csv"))).isEmpty();
        }
    }
}
