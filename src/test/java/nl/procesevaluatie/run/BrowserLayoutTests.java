package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.procesevaluatie.report.OrganisationReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample reports laid out by a real browser (headless Chromium, which .ci/run installs) on a phone
 * (390 px) and a laptop (1280 px): the summary's verdict column lies inside the viewport, no chart is
 * wider than its box, and the table of contents does not overlap itself. Skips where no Chromium is installed.
 */
class BrowserLayoutTests {
    @TempDir
    static Path dir;

    static String chromium;

    /** Measures the page after layout and writes the problems found into an element the DOM dump shows. */
    static final String PROBE = """
            <script>addEventListener('load', function () {
              var w = document.documentElement.clientWidth, bad = [];
              document.querySelectorAll('.section-samenvatting table').forEach(function (t) {
                t.querySelectorAll('td[data-label]').forEach(function (td) {
                  if (!td.querySelector('.mark')) return;
                  var r = td.getBoundingClientRect();
                  if (r.width <= 0 || r.right > w + 1 || r.left < -1) bad.push('verdict outside the viewport: ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + w);
                });
              });
              document.querySelectorAll('.chart-box svg').forEach(function (s) {
                var box = s.parentElement.getBoundingClientRect(), r = s.getBoundingClientRect();
                if (r.right > box.right + 1 || r.right > w + 1) bad.push('chart wider than its box: ' + s.id + ' ' + Math.round(r.right) + ' > ' + Math.round(Math.min(box.right, w)));
              });
              // each entry of the contents as drawn (its text may run out of its column) against the other entries
              var lis = Array.from(document.querySelectorAll('.toc li'));
              var boxes = lis.map(function (li) { return Array.from(li.getClientRects()).concat(Array.from(li.querySelector('a').getClientRects())); });
              for (var i = 0; i < lis.length; i++) for (var j = 0; j < lis.length; j++) {
                if (i === j) continue;
                boxes[i].forEach(function (a) { boxes[j].forEach(function (b) {
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad.push('contents entries ' + (i + 1) + ' and ' + (j + 1) + ' overlap');
                }); });
              }
              // the report sits in a frame as wide as the screen (headless Chromium's own window is at least 500 px)
              var host = parent.document, p = host.createElement('pre'); p.id = 'layout-probe';
              p.textContent = 'width ' + w + '; checked ' + document.querySelectorAll('.chart-box svg').length + ' charts; ' + (bad.length ? bad.join(' | ') : 'OK');
              host.body.appendChild(p);
            });</script>
            """;

    @BeforeAll
    static void render() {
        chromium = List.of("chromium", "chromium-browser", "google-chrome").stream()
                .filter(b -> List.of("/usr/bin/", "/usr/local/bin/", "/snap/bin/").stream().anyMatch(d -> Files.isExecutable(Path.of(d + b))))
                .findFirst().orElse(null);
        if (chromium != null) {
            assertThat(Outputs.evaluate("jobs/psycho-educatie.yaml", "--out", dir.resolve("out").toString())).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theMainReportsVerdictsAndChartsFitTheScreen(int width) throws Exception {
        assertLaidOut(dir.resolve("out/report.html"), width);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void anOrganisationsReportFitsTheScreenToo(int width) throws Exception {
        assertLaidOut(dir.resolve("out").resolve(OrganisationReports.FOLDER)
                .resolve(OrganisationReports.folder("Kredietbank Midden-Nederland")).resolve("report.html"), width);
    }

    private static void assertLaidOut(Path report, int width) throws IOException, InterruptedException {
        assumeTrue(chromium != null, "no Chromium installed (.ci/run installs it)");
        Path probe = report.resolveSibling(".probe-" + width + ".html");
        String page = Files.readString(report).replace("</body>", PROBE + "</body>");
        String srcdoc = page.replace("&", "&amp;").replace("\"", "&quot;");
        Files.writeString(probe, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"border:0;width:" + width
                + "px;height:2400px\" srcdoc=\"" + srcdoc + "\"></iframe></body></html>");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=" + Math.max(width, 1280) + ",2400", "--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Matcher m = Pattern.compile("<pre id=\"layout-probe\">([^<]*)</pre>").matcher(dom);
        assertThat(m.find()).as("the probe ran in Chromium").isTrue();
        String result = m.group(1);
        assertThat(result).as(report + " at " + width + " px").endsWith("; OK");
        assertThat(result).as("laid out at the screen's width").startsWith("width " + width + ";")
                .doesNotContain("checked 0 charts");
    }
}
