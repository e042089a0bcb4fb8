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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store this version cannot read is refused in one line that names --rebuild, and --rebuild then runs. */
class StoreFormatRunTests {
    private static final Path JOB = Outputs.ACCEPTANCE.resolve("small-clean").resolve("job.yaml");

    @TempDir
    Path out;

    @BeforeEach
    void needsShared() {
        assumeTrue(Files.isRegularFile(JOB), "../shared/acceptance is not beside this clone");
    }

    private record Run(int exit, List<String> lines) {}

    private Run evaluate(String... extra) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(JOB.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        int exit = Evaluate.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private Connection store() throws Exception {
        return DriverManager.getConnection(Evaluate.hsqldbUrl(out.resolve("store")), "SA", "");
    }

    @Test
    void aStoreOfANewerFormatIsRefusedInOneLineBeforeAnyStepAndRebuildRuns() throws Exception {
        assertThat(evaluate().exit()).isZero();
        try (Connection c = store(); var st = c.createStatement()) {
            st.execute("UPDATE pe_meta SET format_version = 99");
        }
        // a chunk of another version comes with another software version, which makes the run read the store
        // again; here the software is the same, so the last run's record is removed instead (LastRun)
        LastRun.forget(out);
        Run refused = evaluate();
        assertThat(refused.exit()).isEqualTo(Evaluate.FAILED);
        assertThat(refused.lines()).singleElement().asString()
                .startsWith("error: the store was written by a newer version").contains("store format 99", "--rebuild");

        assertThat(evaluate("--rebuild").exit()).isZero();
    }

    @Test
    void aChunkOfAnUnknownVersionFailsTheRunWithALastLineThatNamesRebuild() throws Exception {
        assertThat(evaluate().exit()).isZero();
        try (Connection c = store()) {
            c.setAutoCommit(true);
            byte[] data;
            String hash;
            try (var st = c.createStatement();
                    var rs = st.executeQuery("SELECT hash, data FROM pe_segment WHERE kind = 'sessions' AND chunk_no = 0")) {
                rs.next();
                hash = rs.getString(1);
                data = rs.getBytes(2);
            }
            data[0] = 99;
            try (var ps = c.prepareStatement("UPDATE pe_segment SET data = ? WHERE hash = ? AND chunk_no = 0")) {
                ps.setBytes(1, data);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
        }
        // a chunk of another version comes with another software version, which makes the run read the store
        // again; here the software is the same, so the last run's record is removed instead (LastRun)
        LastRun.forget(out);
        Run refused = evaluate();
        assertThat(refused.exit()).isEqualTo(Evaluate.FAILED);
        assertThat(refused.lines().get(refused.lines().size() - 1))
                .contains("chunk format 99", "--rebuild").doesNotContain("run it again");

        assertThat(evaluate("--rebuild").exit()).isZero();
    }
}
