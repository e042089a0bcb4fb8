package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two acceptance evaluations of ../shared: every indicator and every reject as expected. */
class AcceptanceTests {

    @ParameterizedTest
    @ValueSource(strings = {"small-clean", "dutch-excel-errors"})
    void matchesTheExpectedOutputs(String name, @TempDir Path out) {
        Path acceptance = Outputs.ACCEPTANCE.resolve(name);
        assumeTrue(Files.isDirectory(acceptance), "../shared/acceptance is not beside this clone");

        // when
        int exit = Outputs.evaluate(acceptance.resolve("job.yaml").toString(), "--out", out.toString());

        // then
        assertThat(exit).isZero();
        assertThat(Outputs.compareIndicators(acceptance.resolve("expected/indicators.csv"), out.resolve("indicators.csv"))).isEmpty();
        assertThat(Outputs.compareRejects(acceptance.resolve("expected/rejects.csv"), out.resolve("rejects.csv"))).isEmpty();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("run.json")).exists();
        assertThat(out.resolve("indicators-public.csv")).exists();
    }
}
