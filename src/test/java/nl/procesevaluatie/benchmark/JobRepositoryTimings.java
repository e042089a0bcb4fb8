package nl.procesevaluatie.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step times of a run as Spring Batch recorded them (BATCH_STEP_EXECUTION start and end of the run's
 * latest job execution), read from the evaluation's HSQLDB store after the child process has ended: the
 * steps' own clock, not the log lines around them.
 */
final class JobRepositoryTimings {
    private JobRepositoryTimings() {}

    /** Seconds per step in execution order; empty when the store cannot be read. */
    static Map<String, Double> of(Path output) {
        Map<String, Double> steps = new LinkedHashMap<>();
        Path db = output.resolve("store").resolve("evaluation");
        if (!Files.exists(db.resolveSibling("evaluation.properties"))) {
            return steps;
        }
        String url = "jdbc:hsqldb:file:" + db.toAbsolutePath() + ";shutdown=true;ifexists=true";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                        + " WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"
                        + " ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                Timestamp start = rs.getTimestamp(2);
                Timestamp end = rs.getTimestamp(3);
                if (start != null && end != null) {
                    steps.put(rs.getString(1), (end.getTime() - start.getTime()) / 1000.0);
                }
            }
        } catch (SQLException e) {
            steps.clear(); // a benchmark line without these times, not a failed benchmark
        }
        return steps;
    }

    static String format(Map<String, Double> steps) {
        StringBuilder sb = new StringBuilder();
        steps.forEach((name, s) -> sb.append(sb.length() > 0 ? " | " : "").append(String.format("%s %.1f s", name, s)));
        return sb.toString();
    }
}
