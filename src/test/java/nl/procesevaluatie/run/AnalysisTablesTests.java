package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the analysis dataset as SQL tables an analyst can query with any JDBC tool (HSQLDB here; the
 * PostgreSQL COPY is in PostgresTests): the same rows and values as the CSV files, typed, and read-only.
 */
class AnalysisTablesTests {
    @TempDir
    Path tmp;

    @Test
    void theTablesHoldTheCsvFilesRowsTypedAndReadOnly() throws SQLException {
        Path out = tmp.resolve("out");
        assertThat(Outputs.evaluate("jobs/psycho-educatie.yaml", "--out", out.toString())).isZero();
        List<Map<String, String>> trajects = Outputs.read(out.resolve("analysis/trajects.csv"));
        List<Map<String, String>> responses = Outputs.read(out.resolve("analysis/responses.csv"));
        long metInCsv = trajects.stream().filter(r -> r.get("goal.G1.met").equals("true")).count();
        long waitInCsv = trajects.stream().filter(r -> !r.get("wait_days").isEmpty()).mapToLong(r -> Long.parseLong(r.get("wait_days"))).sum();
        assertThat(trajects).isNotEmpty();
        assertThat(metInCsv).isPositive();

        String url = "jdbc:hsqldb:file:" + out.resolve("analysis/analysis").toAbsolutePath() + ";readonly=true";
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            assertThat(one(c, "SELECT COUNT(*) FROM analysis_trajects")).isEqualTo(trajects.size());
            assertThat(one(c, "SELECT COUNT(*) FROM analysis_responses")).isEqualTo(responses.size());
            assertThat(one(c, "SELECT SUM(CASE WHEN goal_g1_met THEN 1 ELSE 0 END) FROM analysis_trajects")).isEqualTo(metInCsv);
            assertThat(one(c, "SELECT SUM(wait_days) FROM analysis_trajects")).isEqualTo(waitInCsv);
            assertThat(one(c, "SELECT COUNT(*) FROM analysis_codebook WHERE sql_column = 'goal_g1_met'")).isEqualTo(1);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT registered_on, wait_days FROM analysis_trajects")) {
                assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.DATE);
                assertThat(rs.getMetaData().getColumnType(2)).isEqualTo(Types.INTEGER);
            }
        }
        // an analyst's ordinary connection cannot change the outputs through the tables
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + out.resolve("analysis/analysis").toAbsolutePath(), "SA", "")) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM analysis_trajects")).hasMessageContaining("read only");
        }
        assertThat(Outputs.read(out.resolve("analysis/trajects.csv"))).hasSize(trajects.size());
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
