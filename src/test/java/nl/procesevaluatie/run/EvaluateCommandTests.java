package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, exit codes, and a wrong job file stopping the run before anything is written. */
class EvaluateCommandTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Evaluate.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path job(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, yaml);
        return job;
    }

    private static final String VALID = """
            inbox: inbox
            output: out
            as_of: 2022-03-31
            intervention: {code: PE, planned_sessions: 4}
            datasets:
              registrations:
                files: "registraties*.csv"
                columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum}
            """;

    @Test
    void helpListsEveryOptionWithAnExample() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--as-of", "--out", "--lang", "--pdf", "--db", "--rebuild",
                "--check", "--settle", "Exit codes", "Example");
    }

    @Test
    void anUnknownKeyStopsTheRunWithExitCode2AndOneLineNamingTheKeyPath() throws IOException {
        Path job = job(VALID.replace("as_of:", "as_off:"));

        assertThat(run(job.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: as_off: unknown key at line 3, column 1; did you mean 'as_of'?\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBadDateStopsTheRun() throws IOException {
        assertThat(run(job(VALID.replace("2022-03-31", "31-03-2022")).toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: as_of: '31-03-2022' is not a date in yyyy-MM-dd\n");
    }

    @Test
    void aWrongOptionIsExitCode2() throws IOException {
        assertThat(run(job(VALID).toString(), "--as-of", "2022-02-30")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--as-of");
    }

    @Test
    void aGlobMatchingNoFileIsAWarningAndTheRunSucceeds() throws IOException {
        assertThat(run(job(VALID).toString())).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: registrations: no file in the inbox matches 'registraties*.csv'");
        assertThat(dir.resolve("out/indicators.csv")).exists();
        assertThat(Outputs.text(dir.resolve("out/indicators.csv"))).contains("reach.registered,all,,all,0,,0,,,false");
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path job = job(VALID);
        Files.writeString(dir.resolve("inbox/registraties_1.csv"), "Traject,Organisatie,Aanmelddatum\nT1,Org,2022-01-05\nT2,,2022-01-06\n"
                + "T3,Org,2022-01-07\nT4,Org,2022-01-08\nT5,Org,2022-01-09\n");

        assertThat(run(job.toString(), "--check")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("registraties_1.csv", "5 rows: 4 accepted, 1 rejected");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
