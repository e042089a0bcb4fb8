package nl.procesevaluatie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report is drawn from the indicator rows and the run's facts only (ReportInput): it must not reach
 * into how the inbox is scanned, read or stored, nor into the run that assembles it.
 */
class ReportDependenciesTests {
    private static final Path REPORT = Path.of("src", "main", "java", "nl", "procesevaluatie", "report");
    /** An import, a static import or a fully qualified name of those packages. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\bnl\\.procesevaluatie\\.(ingest|store|inbox|run)\\b");

    @Test
    void reportUsesNeitherIngestNorStoreNorInboxNorRun() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(REPORT)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("report sources under " + REPORT.toAbsolutePath()).hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        for (Path p : sources) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FORBIDDEN.matcher(lines.get(i));
                if (m.find()) {
                    found.add(REPORT.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("report/ depends on the indicator rows and the run's facts only; pass what it needs in ReportInput")
                .isEmpty();
    }
}
