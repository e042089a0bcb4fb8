package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.JobFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a self-contained job (src/test/resources/report/job.yaml) with rows built inline:
 * five organisations, two of them named like an attack, one so small that all its people rows are
 * suppressed. Rendered once in Dutch and once in English.
 */
class ReportWriterTests {
    static final String SCRIPT_ORG = "<script>alert(1)</script>";
    static final String FORMULA_ORG = "=HYPERLINK(\"x\")";
    static final String SMALL_ORG = "Kleine Organisatie";
    static final List<String> ORGS = List.of("Jeugdhulp Noord", SCRIPT_ORG, FORMULA_ORG, SMALL_ORG, "Welzijn & Co 'Oost'");

    @TempDir
    static Path tmp;
    static JobFile job;
    static List<IndicatorRow> rows;
    static Path nlDir;
    static Path enDir;
    static String nlHtml;
    static String enHtml;
    static Document nl;
    static Document en;

    @BeforeAll
    static void render() throws IOException {
        job = ReportFixtures.ownJob();
        rows = SyntheticRows.build(job, new SyntheticRows.Options(ORGS, List.of("Arnhem", "Ede"),
                List.of("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"), Set.of(SMALL_ORG), 7));
        List<FileFacts> files = List.of(
                new FileFacts("registraties_2022.csv", "registrations", false, 120, 110, 8, 2, null, null, null),
                new FileFacts("sessies_2022.csv", "sessions", false, 800, 790, 10, 0, null, null, null),
                new FileFacts("sessies_handmatig.csv", "sessions", true, 0, 0, 0, 0, "date", "", "column 'Datum' missing"));
        List<RejectFacts> rejects = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rejects.add(new RejectFacts("registraties_2022.csv", 10L + i, "registrations", "registered_on", "31-02-2022",
                    "not a date in yyyy-MM-dd"));
        }
        rejects.add(new RejectFacts("sessies_2022.csv", 4L, "sessions", "session_no", "<b>0</b>", "below 1"));
        rejects.add(new RejectFacts("sessies_handmatig.csv", null, "sessions", "date", "", "column 'Datum' missing"));
        nlDir = tmp.resolve("nl");
        enDir = tmp.resolve("en");
        new ReportWriter().write(ReportFixtures.input(job, "nl", rows, files, rejects), nlDir, false);
        new ReportWriter().write(ReportFixtures.input(job, "en", rows, files, rejects), enDir, false);
        nlHtml = Files.readString(nlDir.resolve("report.html"));
        enHtml = Files.readString(enDir.resolve("report.html"));
        nl = Jsoup.parse(nlHtml);
        en = Jsoup.parse(enHtml);
    }

    static List<Path> svgs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            return s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
    }

    @Nested
    class SelfContained {
        @Test
        void parsesAsHtmlAndAsXml() {
            assertEquals("nl", nl.select("html").attr("lang"));
            assertEquals(10, nl.select("main > section").size());
            // the PDF renderer reads the page as XML: it must be well-formed
            Document xml = Jsoup.parse(nlHtml, "", Parser.xmlParser());
            assertNotNull(xml.selectFirst("html"));
        }

        @Test
        void referencesNoExternalResource() {
            for (Document d : List.of(nl, en)) {
                for (Element e : d.select("[src], [href], [xlink:href], [srcset], [action], [poster], [data]")) {
                    for (String a : List.of("src", "href", "xlink:href", "srcset", "action", "poster", "data")) {
                        String v = e.attr(a).trim().toLowerCase();
                        assertFalse(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//") || v.contains("://"),
                                a + "=" + v);
                        // in-page links, and the links to the organisations' own reports beside this one
                        assertTrue(v.isEmpty() || v.startsWith("#") || v.matches("organisaties/[a-z0-9-]+-[0-9a-f]{8}/report\\.html"),
                                "only in-page links and organisation reports: " + a + "=" + v);
                    }
                }
                assertTrue(d.select("script, link, iframe, object, embed, img, base, meta[http-equiv]").isEmpty());
                assertFalse(d.outerHtml().contains("http"), "no URL anywhere in the page, not even a namespace");
                String styles = d.select("style").html();
                assertFalse(styles.contains("@import"));
                assertFalse(Pattern.compile("url\\((?!#)").matcher(styles).find(), "no url() in styles");
                assertFalse(Pattern.compile("@font-face").matcher(styles).find(), "no web fonts");
            }
        }

        @Test
        void chartsAreInlineSvgWithTitleDescriptionAndTable() {
            List<Element> svgs = nl.select("figure.chart svg");
            assertTrue(svgs.size() > 15, "charts drawn: " + svgs.size());
            for (Element svg : svgs) {
                assertEquals("img", svg.attr("role"));
                String[] ids = svg.attr("aria-labelledby").split(" ");
                assertEquals(2, ids.length);
                Element title = svg.selectFirst("title");
                Element desc = svg.selectFirst("desc");
                assertNotNull(title);
                assertNotNull(desc);
                assertEquals(ids[0], title.id());
                assertEquals(ids[1], desc.id());
                assertFalse(title.text().isBlank());
                assertFalse(desc.text().isBlank());
            }
            for (Element fig : nl.select("figure.chart:not(.small)")) {
                assertNotNull(fig.selectFirst("details.data table"), "a table behind " + fig.id());
            }
            for (Element multiples : nl.select("div.multiples")) {
                assertNotNull(multiples.selectFirst("details.data table"));
            }
        }

        @Test
        void chartFilesAreWrittenAsSvgAndPng() throws IOException {
            List<Path> svgs = svgs(nlDir);
            assertEquals(nl.select("figure.chart svg").size(), svgs.size());
            for (Path svg : svgs) {
                Document d = Jsoup.parse(Files.readString(svg), "", Parser.xmlParser());
                assertNotNull(d.selectFirst("svg > title"));
                Path png = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"));
                byte[] head = Files.readAllBytes(png);
                assertEquals((byte) 0x89, head[0]);
                assertEquals('P', head[1]);
            }
        }

        @Test
        void hasNoMissingTexts() {
            assertFalse(nlHtml.contains("⟦"), () -> firstMissing(nlHtml));
            assertFalse(enHtml.contains("⟦"), () -> firstMissing(enHtml));
        }

        private String firstMissing(String html) {
            int i = html.indexOf('⟦');
            return html.substring(i, Math.min(html.length(), i + 60));
        }

        @Test
        void printsEachSectionOnItsOwnPage() {
            String css = nl.select("style").html();
            assertTrue(css.contains("@media print"));
            assertTrue(css.contains("page-break-before: always"));
        }
    }

    @Nested
    class Summary {
        @Test
        void showsEveryGoalWithValueTargetAndStatus() {
            Element summary = nl.getElementById("samenvatting");
            assertNotNull(summary);
            Element table = summary.selectFirst("table");
            for (Goal g : job.goals()) {
                IndicatorRow r = rows.stream().filter(x -> x.indicator().equals("goal." + g.id()) && x.isAllScope()
                        && x.isAllPeriod()).findFirst().orElseThrow();
                Element tr = table.select("tbody tr").stream()
                        .filter(row -> row.selectFirst("th").text().equals(g.id() + " · " + g.title())).findFirst()
                        .orElseThrow(() -> new AssertionError("goal " + g.id() + " not in the summary"));
                var cells = tr.select("td");
                // one decimal, without a trailing zero; two where one would round a missed target up to it
                java.math.BigDecimal oneDecimal = r.value().round(3).movePointRight(2).stripTrailingZeros();
                boolean lookMet = r.status().equals("not_met") && oneDecimal.compareTo(g.target().movePointRight(2)) >= 0;
                java.math.BigDecimal shown = lookMet ? r.value().round(4).movePointRight(2) : oneDecimal;
                String value = (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString().replace('.', ',') + "%";
                String target = g.target().movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
                assertEquals(target, cells.get(0).text());
                assertEquals(value, cells.get(1).text());
                assertEquals(r.numerator().num() + " van " + r.denominator().num(), cells.get(2).text());
                String word = switch (r.status()) {
                    case "met" -> "behaald";
                    case "not_met" -> "niet behaald";
                    case "in_progress" -> "loopt nog";
                    default -> "geen gegevens";
                };
                Element mark = cells.get(3).selectFirst(".mark");
                assertNotNull(mark, "a status mark for " + g.id());
                assertEquals(word, mark.selectFirst(".word").text());
                assertFalse(mark.selectFirst(".sym").text().isBlank(), "a symbol, not colour alone");
            }
        }

        @Test
        void showsTheMainReachAndFidelityFigures() {
            Element summary = nl.getElementById("samenvatting");
            String text = summary.text();
            for (String label : List.of("Aangemeld", "Gestart", "Startpercentage", "Uitval", "Dosis ontvangen",
                    "Trouw aan kerncomponenten")) {
                assertTrue(text.contains(label), label);
            }
            IndicatorRow registered = rows.stream().filter(x -> x.indicator().equals("reach.registered") && x.isAllScope()
                    && x.isAllPeriod()).findFirst().orElseThrow();
            assertTrue(summary.select(".card .big").eachText().contains(registered.value().num().toString()));
        }
    }

    @Nested
    class HostileText {
        @Test
        void organisationNamesAreInertTextInTheHtml() {
            for (Document d : List.of(nl, en)) {
                assertTrue(d.select("script").isEmpty());
                assertTrue(d.text().contains(SCRIPT_ORG));
                assertTrue(d.text().contains(FORMULA_ORG));
                assertTrue(d.select("th").eachText().contains(SCRIPT_ORG));
            }
            assertFalse(nlHtml.contains("<script"));
            assertTrue(nlHtml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            assertTrue(nlHtml.contains("=HYPERLINK(&quot;x&quot;)") || nlHtml.contains("=HYPERLINK(\"x\")"));
            assertTrue(nlHtml.contains("&lt;b&gt;0&lt;/b&gt;"), "reject values are escaped too");
        }

        @Test
        void organisationNamesAreInertTextInTheSvg() throws IOException {
            boolean seenScript = false;
            boolean seenFormula = false;
            for (Path p : svgs(nlDir)) {
                String svg = Files.readString(p);
                assertFalse(svg.toLowerCase().contains("<script"), p.toString());
                Document d = Jsoup.parse(svg, "", Parser.xmlParser());
                assertTrue(d.select("script, foreignObject, a, image, use, style").isEmpty(), p.toString());
                for (Element e : d.getAllElements()) {
                    e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), a.getKey()));
                }
                seenScript |= d.select("title, desc").eachText().stream().anyMatch(t -> t.contains(SCRIPT_ORG));
                seenFormula |= d.select("title, desc").eachText().stream().anyMatch(t -> t.contains(FORMULA_ORG));
                if (svg.contains("alert(1)")) {
                    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), p.toString());
                }
            }
            assertTrue(seenScript, "the organisation's chart names it, as text");
            assertTrue(seenFormula);
            for (Element svg : nl.select("svg")) {
                assertTrue(svg.select("script").isEmpty());
            }
        }
    }

    @Nested
    class Suppression {
        @Test
        void noSuppressedValueAppearsInTheHtml() {
            for (String html : List.of(nlHtml, enHtml)) {
                assertFalse(html.contains(SyntheticRows.SECRET_NL), "a suppressed value leaked");
                assertFalse(html.contains(SyntheticRows.SECRET_EN), "a suppressed value leaked");
                assertFalse(Pattern.compile("(?<![0-9])3 (van|of) 4(?![0-9])").matcher(html).find(),
                        "a suppressed numerator and denominator leaked");
            }
        }

        @Test
        void noSuppressedValueAppearsInTheSvg() throws IOException {
            for (Path p : svgs(nlDir)) {
                String svg = Files.readString(p);
                assertFalse(svg.contains(SyntheticRows.SECRET_NL) || svg.contains(SyntheticRows.SECRET_EN), p.toString());
            }
        }

        @Test
        void suppressedRowsShowTheSignAndNoStatus() {
            List<Element> smallRows = nl.select("tr").stream()
                    .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(SMALL_ORG)).toList();
            assertFalse(smallRows.isEmpty());
            int signs = 0;
            for (Element tr : smallRows) {
                for (Element td : tr.select("td.suppressed")) {
                    assertEquals("<5", td.text());
                    assertTrue(td.select(".mark").isEmpty(), "no status on a suppressed figure");
                    signs++;
                }
            }
            assertTrue(signs > 20, "suppressed cells shown as <5: " + signs);
            // the small organisation's goal rows carry status met; it must never be shown
            Element goalTable = nl.select("div.multiples").first().selectFirst("table");
            Element smallGoals = goalTable.select("tr").stream().filter(tr -> tr.selectFirst("th").text().equals(SMALL_ORG))
                    .findFirst().orElseThrow();
            assertTrue(smallGoals.select(".mark-met").isEmpty());
        }

        @Test
        void suppressedBarsAreNotDrawn() throws IOException {
            // benchmark-01 is the start rate per organisation: one blue bar per organisation with a value
            String svg = Files.readString(nlDir.resolve("charts").resolve("benchmark-01.svg"));
            long bars = Pattern.compile("<path[^>]*fill:rgb\\(0,114,178\\)").matcher(svg).results().count();
            assertEquals(ORGS.size() - 1, bars);
            Element fig = nl.getElementById("fig-benchmark-01");
            assertTrue(fig.select(".notes").text().contains(SMALL_ORG), "the chart says which bar it left out");
        }
    }

    @Nested
    class Language {
        @Test
        void englishHasNoDutchSectionTitlesLeft() throws IOException {
            Properties nlTexts = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream("report/messages_nl.properties")) {
                nlTexts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals("en", en.select("html").attr("lang"));
            String headings = String.join("\n", en.select("h1, h2, h3, caption, nav, summary, dt").eachText());
            for (String key : nlTexts.stringPropertyNames()) {
                if (key.startsWith("section.") || key.startsWith("goals.") && key.endsWith("title")
                        || key.startsWith("summary.") && !key.equals("summary.intro")) {
                    String dutch = nlTexts.getProperty(key).replaceAll("\\{\\d}", "").trim();
                    assertFalse(headings.contains(dutch), "Dutch text left: " + dutch);
                }
            }
            assertTrue(en.getElementById("samenvatting").selectFirst("h2").text().contains("Summary"));
            assertTrue(en.text().contains("not met") || en.text().contains("met"));
        }

        @Test
        void messageFilesHaveTheSameKeys() throws IOException {
            Properties n = new Properties();
            Properties e = new Properties();
            try (var a = getClass().getClassLoader().getResourceAsStream("report/messages_nl.properties");
                    var b = getClass().getClassLoader().getResourceAsStream("report/messages_en.properties")) {
                n.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
                e.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
            }
            assertEquals(n.stringPropertyNames(), e.stringPropertyNames());
        }
    }

    @Nested
    class DataQuality {
        @Test
        void listsRefusedFilesAndGroupsRejectReasons() {
            Element q = nl.getElementById("datakwaliteit");
            String text = q.text();
            assertTrue(text.contains("sessies_handmatig.csv"));
            assertTrue(text.contains("column 'Datum' missing"));
            Element reasons = q.select("table").stream().filter(t -> t.selectFirst("caption").text().startsWith("Belangrijkste"))
                    .findFirst().orElseThrow();
            Element first = reasons.selectFirst("tbody tr");
            assertEquals("geen datum in yyyy-MM-dd", first.selectFirst("th").text()); // the Dutch report speaks Dutch
            assertEquals("8", first.select("td").get(1).text());
            assertTrue(first.select("td").get(2).text().contains("registraties_2022.csv, regel 10"));
        }

        @Test
        void showsRowCountsPerDatasetFromTheRows() {
            Element q = nl.getElementById("datakwaliteit");
            IndicatorRow read = rows.stream().filter(r -> r.indicator().equals("quality.registrations.read")).findFirst().orElseThrow();
            Element tr = q.select("tr").stream().filter(r -> r.selectFirst("th") != null
                    && r.selectFirst("th").text().startsWith("Aanmeldingen")).findFirst().orElseThrow();
            assertEquals(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl")).format(read.value().num()),
                    tr.select("td").get(2).text());
        }
    }

    @Nested
    class Definitions {
        @Test
        void defineEveryFigureAndTheSuppressionRule() {
            Element defs = nl.getElementById("definities");
            String text = defs.text();
            assertTrue(text.contains("<5"));
            for (String code : List.of("reach.start_rate", "reach.penetration", "fidelity.dose_received", "fidelity.adherence",
                    "maintenance.borging", "determinant.<d>.negative_share", "outcome.<id>.effect_size", "cost.per_started_client",
                    "goal.<id>", "quality.<dataset>.warnings")) {
                assertTrue(defs.select("code").eachText().contains(code), code);
            }
        }
    }
}
