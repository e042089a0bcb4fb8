package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * details.md rule 6 on a whole sample: the psycho-educatie exports are windows-1252; saved again by Excel as
 * "CSV UTF-8" (without a BOM), or as UTF-16 "Unicode text", under the same job they give the same indicators.csv.
 */
class ExcelUtf8ResaveTests {
    @TempDir
    Path dir;

    @Test
    void anExcelUtf8ResaveOfTheWindows1252SampleGivesTheSameIndicators() throws IOException {
        Path original = dir.resolve("original");
        assertThat(Outputs.evaluate("jobs/psycho-educatie.yaml", "--out", original.toString())).isZero();

        Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/psycho-educatie.yaml"), dir.resolve("jobs/psycho-educatie.yaml"));
        Path inbox = Files.createDirectories(dir.resolve("input-samples/psycho-educatie"));
        Charset cp1252 = Charset.forName("windows-1252");
        boolean anyNonAscii = false;
        try (Stream<Path> files = Files.list(Path.of("input-samples/psycho-educatie"))) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), cp1252);
                anyNonAscii |= text.chars().anyMatch(c -> c >= 0x80);
                Files.write(inbox.resolve(f.getFileName()), text.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(anyNonAscii).as("the sample has accented names that differ between the encodings").isTrue();
        Path resaved = dir.resolve("resaved");
        assertThat(Outputs.evaluate(dir.resolve("jobs/psycho-educatie.yaml").toString(), "--out", resaved.toString())).isZero();

        assertThat(Files.readString(resaved.resolve("indicators.csv"))).isEqualTo(Files.readString(original.resolve("indicators.csv")));
    }
}
