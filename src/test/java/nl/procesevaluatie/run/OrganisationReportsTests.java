package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.procesevaluatie.report.OrganisationReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: each organisation of T gets its own report that names no other organisation (also with names
 * made to break paths, HTML and spreadsheets), small groups stay hidden in it, and the main summary lists
 * exactly the organisations that miss a goal, are off track or still open.
 */
class OrganisationReportsTests {
    @TempDir
    Path dir;

    static final List<String> ORGS = List.of("Kredietbank Midden-Nederland", "<script>alert(\"x\")</script> Zorgpunt",
            "../../etc/Stichting Padvinder", "Welzijn \"Rijnmond\" & Co; =HYPERLINK(\"x\")", "Kleine Club Noordoost");

    Path out;

    @BeforeEach
    void run() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        StringBuilder reg = new StringBuilder("Traject;Organisatie;Aanmelddatum;Start\n");
        StringBuilder ses = new StringBuilder("Traject;Nr;Datum;Aanwezig\n");
        int t = 0;
        for (int o = 0; o < ORGS.size(); o++) {
            int trajects = o == ORGS.size() - 1 ? 2 : 6; // the last organisation is a small group
            for (int i = 0; i < trajects; i++) {
                t++;
                String org = "\"" + ORGS.get(o).replace("\"", "\"\"") + "\"";
                reg.append("T").append(t).append(';').append(org).append(";2022-01-10;2022-01-20\n");
                // organisation o: the first o+1 trajects attended a session, so they differ in meeting G1
                if (i <= o) {
                    ses.append("T").append(t).append(";1;2022-01-20;ja\n");
                }
            }
        }
        Files.writeString(dir.resolve("inbox/reg_1.csv"), reg);
        Files.writeString(dir.resolve("inbox/ses_1.csv"), ses);
        Files.writeString(dir.resolve("job.yaml"), """
                evaluation: orgs
                inbox: inbox
                output: out
                as_of: 2022-03-31
                implementation_start: 2022-01-01
                intervention: {code: PE, planned_sessions: 4}
                datasets:
                  registrations:
                    files: "reg*.csv"
                    columns: {traject_id: Traject, organisation: Organisatie, registered_on: Aanmelddatum, started_on: Start}
                  sessions:
                    files: "ses*.csv"
                    columns: {traject_id: Traject, session_no: Nr, date: Datum, attended: Aanwezig}
                goals:
                  - id: G1
                    title: Iedereen komt minstens één keer
                    criterion: {attended_at_least: {sessions: 1}}
                    target: 0.5
                  - id: G2
                    title: Binnen een jaar afgerond
                    window: {from: 2022-01-01, months: 12}
                    criterion: {completed_within: {months: 12}}
                    target: 0.5
                """);
        assertThat(Outputs.evaluate(dir.resolve("job.yaml").toString())).isZero();
        out = dir.resolve("out");
    }

    @Test
    void everyOrganisationOfTGetsAReportInASafeStableFolderThatNamesNoOtherOrganisation() throws IOException {
        try (Stream<Path> folders = Files.list(out.resolve("organisaties"))) {
            assertThat(folders.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(ORGS.stream().map(OrganisationReports::folder).toList())
                    .allMatch(f -> f.matches("[a-z0-9-]+-[0-9a-f]{8}"));
        }
        for (String org : ORGS) {
            Path report = out.resolve("organisaties").resolve(OrganisationReports.folder(org)).resolve("report.html");
            String html = Files.readString(report);
            Document doc = Jsoup.parse(html);
            assertThat(doc.text()).as(org).contains(org);
            for (String other : ORGS) {
                if (!other.equals(org)) {
                    assertThat(doc.text()).as(org + " names " + other).doesNotContain(other);
                    assertThat(html).as(org + " names " + other).doesNotContain(other).doesNotContain(escaped(other));
                }
            }
            assertThat(doc.select("script")).as("a payload name stays text").isEmpty();
        }
        // the same folders the next night
        assertThat(OrganisationReports.folder(ORGS.get(2))).isEqualTo(OrganisationReports.folder("../../etc/Stichting Padvinder"));
    }

    @Test
    void theMainSummaryListsExactlyTheOrganisationsThatMissAGoalAreOffTrackOrStillOpen() throws IOException {
        Set<List<String>> expected = new HashSet<>();
        List<Map<String, String>> rows = Outputs.read(out.resolve("indicators.csv"));
        for (Map<String, String> r : rows) {
            if (!r.get("scope").equals("organisation") || !r.get("period").equals("all") || r.get("suppressed").equals("true")
                    || !r.get("indicator").startsWith("goal.")) {
                continue;
            }
            String id = r.get("indicator");
            String org = unguard(r.get("scope_value"));
            if (id.endsWith(".reachable")) {
                Map<String, String> goal = find(rows, id.substring(0, id.length() - ".reachable".length()), r.get("scope_value"));
                if (!goal.get("status").equals("not_met") && (r.get("status").equals("off_track") || r.get("status").equals("open"))) {
                    expected.add(List.of(id.substring(5, id.length() - 10), org, r.get("status")));
                }
            } else if (r.get("status").equals("not_met")) {
                expected.add(List.of(id.substring(5), org, "not_met"));
            }
        }
        assertThat(expected).as("the fixture has exceptions of two kinds").extracting(l -> l.get(2)).contains("not_met", "open");

        Document doc = Jsoup.parse(out.resolve("report.html").toFile());
        Element table = doc.select("table").stream().filter(t -> t.select("caption").text().startsWith("Organisaties die een doel niet halen"))
                .findFirst().orElseThrow();
        Set<List<String>> listed = new HashSet<>();
        for (Element tr : table.select("tbody tr")) {
            String goal = tr.child(0).text();
            String org = tr.child(1).text();
            String status = tr.selectFirst(".mark").className().replace("mark mark-", "");
            listed.add(List.of(goal, org, status));
        }
        assertThat(listed).isEqualTo(expected);
        // the small organisation's goal rows are suppressed: never listed, whatever their status
        assertThat(table.text()).doesNotContain("Kleine Club Noordoost");
    }

    @Test
    void suppressedFiguresStayHiddenInTheOrganisationReports() throws IOException {
        Document doc = Jsoup.parse(out.resolve("organisaties").resolve(OrganisationReports.folder("Kleine Club Noordoost"))
                .resolve("report.html").toFile());
        // 2 trajects: every goal and reach figure over people shows <5, with no "x van 2" and no verdict
        Element goals = doc.select("table").first();
        // one row per goal of the job (G1, G2): an empty table would show nothing, hidden or not
        assertThat(goals.select("tbody tr")).as("goal rows of the small organisation's report").hasSize(2);
        for (Element tr : goals.select("tbody tr")) {
            assertThat(tr.child(2).text()).isEqualTo("<5");
            assertThat(tr.child(4).select(".mark")).isEmpty();
        }
        assertThat(doc.text()).doesNotContain("van 2").doesNotContain("1 van ");
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** indicators.csv guards a cell that a spreadsheet would read as a formula with a leading quote. */
    private static String unguard(String v) {
        return v.startsWith("'") && ORGS.contains(v.substring(1)) ? v.substring(1) : v;
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String indicator, String org) {
        return rows.stream().filter(r -> r.get("indicator").equals(indicator) && r.get("scope").equals("organisation")
                && r.get("scope_value").equals(org) && r.get("period").equals("all")).findFirst().orElseThrow();
    }
}
