package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * details.md rule 6 on a whole sample: the psycho-educatie exports are windows-1252; saved again by Excel as
 * "CSV UTF-8" (without a BOM), or in UTF-16 with a byte-order mark (the encoding of Excel's "Unicode text",
 * here with the job's own delimiter), under the same job they give the same indicators.csv.
 */
class ExcelUtf8ResaveTests {
    @TempDir
    static Path shared;

    static String original;

    @BeforeAll
    static void runTheSampleAsItIs() throws IOException {
        Path out = shared.resolve("original");
        assertThat(Outputs.evaluate("jobs/psycho-educatie.yaml", "--out", out.toString())).isZero();
        original = Files.readString(out.resolve("indicators.csv"));
    }

    @TempDir
    Path dir;

    @Test
    void anExcelUtf8ResaveOfTheWindows1252SampleGivesTheSameIndicators() throws IOException {
        assertThat(resavedIndicators(StandardCharsets.UTF_8, new byte[0])).isEqualTo(original);
    }

    @Test
    void aUtf16ResaveWithAByteOrderMarkGivesTheSameIndicators() throws IOException {
        assertThat(resavedIndicators(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE})).isEqualTo(original);
    }

    /** indicators.csv of the sample's job over a copy of its inbox with every file written in {@code charset} after {@code bom}. */
    private String resavedIndicators(Charset charset, byte[] bom) throws IOException {
        Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/psycho-educatie.yaml"), dir.resolve("jobs/psycho-educatie.yaml"));
        Path inbox = Files.createDirectories(dir.resolve("input-samples/psycho-educatie"));
        Charset cp1252 = Charset.forName("windows-1252");
        boolean anyNonAscii = false;
        try (Stream<Path> files = Files.list(Path.of("input-samples/psycho-educatie"))) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), cp1252);
                anyNonAscii |= text.chars().anyMatch(c -> c >= 0x80);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.write(bom);
                bytes.write(text.getBytes(charset));
                Files.write(inbox.resolve(f.getFileName()), bytes.toByteArray());
            }
        }
        assertThat(anyNonAscii).as("the sample has accented names that differ between the encodings").isTrue();
        Path resaved = dir.resolve("resaved");
        assertThat(Outputs.evaluate(dir.resolve("jobs/psycho-educatie.yaml").toString(), "--out", resaved.toString())).isZero();
        return Files.readString(resaved.resolve("indicators.csv"));
    }
}
