package nl.procesevaluatie.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.procesevaluatie.report.OrganisationReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 on the psycho-educatie sample: "Wat nu?" for every goal an organisation misses, the job file's
 * own strategies, labels instead of codes, and numbers as people read them while indicators.csv stays as it was.
 */
class WhatNextTests {
    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void run() {
        out = dir.resolve("sample");
        assertThat(Outputs.evaluate("jobs/psycho-educatie.yaml", "--out", out.toString())).isZero();
    }

    @Test
    void everyGoalAnOrganisationMissesHasItsWhatNextEntry() throws IOException {
        List<Map<String, String>> rows = Outputs.read(out.resolve("indicators.csv"));
        Set<String> organisations = new TreeSet<>();
        rows.stream().filter(r -> r.get("indicator").equals("reach.registered") && r.get("scope").equals("organisation"))
                .forEach(r -> organisations.add(r.get("scope_value")));
        int checked = 0;
        for (String org : organisations) {
            Set<String> expected = new TreeSet<>();
            for (Map<String, String> r : rows) {
                if (r.get("scope").equals("organisation") && r.get("scope_value").equals(org) && r.get("period").equals("all")
                        && r.get("indicator").startsWith("goal.") && r.get("suppressed").equals("false")
                        && (r.get("status").equals("not_met") || r.get("status").equals("off_track"))) {
                    String id = r.get("indicator").substring(5);
                    expected.add(id.endsWith(".reachable") ? id.substring(0, id.length() - 10) : id);
                }
            }
            Document doc = Jsoup.parse(out.resolve("organisaties").resolve(OrganisationReports.folder(org)).resolve("report.html").toFile());
            Element section = doc.getElementById("wat-nu");
            assertThat(section).as(org).isNotNull();
            Set<String> listed = new TreeSet<>();
            Element table = section.select("table").stream().filter(t -> t.select("caption").text().startsWith("Wat nu?")).findFirst().orElse(null);
            if (table != null) {
                for (Element tr : table.select("tbody tr")) {
                    listed.add(tr.child(0).text().split(" · ")[0]);
                }
            }
            assertThat(listed).as(org).isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).as("the sample has missed goals").isGreaterThan(5);
    }

    @Test
    void kredietbankSeesStaffCapacityAndTimeBesideG2WithTheirStrategies() throws IOException {
        Document doc = Jsoup.parse(out.resolve("organisaties").resolve(OrganisationReports.folder("Kredietbank Midden-Nederland"))
                .resolve("report.html").toFile());
        Element g2 = doc.getElementById("wat-nu").select("tbody tr").stream().filter(tr -> tr.child(0).text().startsWith("G2 "))
                .findFirst().orElseThrow();
        assertThat(g2.text()).contains("niet behaald", "Personele capaciteit 100% (5 van 5)", "Beschikbare tijd 80% (4 van 5)",
                "caseload");
        // the strongest barrier and its strategies lead
        assertThat(g2.child(2).text()).startsWith("Organisatie: Personele capaciteit");
        // the main summary says it in short
        Document main = Jsoup.parse(out.resolve("report.html").toFile());
        assertThat(main.select("table").stream().filter(t -> t.select("caption").text().startsWith("Wat nu?")).findFirst().orElseThrow()
                .text()).contains("Kredietbank Midden-Nederland", "Personele capaciteit 100%");
    }

    @Test
    void noRawComponentOrDeterminantCodeStandsInTheDutchTextWhereALabelExists() throws IOException {
        Document doc = Jsoup.parse(out.resolve("report.html").toFile());
        doc.select("code").remove(); // the definitions name indicators.csv's ids on purpose, as code
        String text = doc.text();
        for (String code : List.of("uitleg_stress", "verkennen_stress", "coping_ontwikkelen", "coping_evalueren", "staff_capacity",
                "time_available", "procedural_clarity", "management_support")) {
            assertThat(text).as(code).doesNotContain(code);
        }
        assertThat(text).contains("Uitleg over stress", "Personele capaciteit").doesNotContain("jobbestand");
        // and not on a chart's axis either
        for (Element svg : Jsoup.parse(out.resolve("report.html").toFile()).select("svg")) {
            assertThat(svg.text()).doesNotContain("uitleg_stress", "staff_capacity");
        }
    }

    @Test
    void reportNumbersAreRoundedForPeopleWhileIndicatorsCsvKeepsItsExactFormat() throws IOException {
        Document doc = Jsoup.parse(out.resolve("report.html").toFile());
        String text = doc.text();
        Matcher twoDecimalPercent = Pattern.compile("\\d+,\\d\\d%").matcher(text);
        while (twoDecimalPercent.find()) {
            // two decimals only where one would round a missed target up to it
            String around = text.substring(Math.max(0, twoDecimalPercent.start() - 80), Math.min(text.length(), twoDecimalPercent.end() + 40));
            assertThat(around).as(twoDecimalPercent.group()).contains("niet behaald");
        }
        // means to at most two decimals (3,7138 was shown before); the definitions quote indicators.csv's 0,7857
        assertThat(text.replace("0,7857", "")).doesNotContainPattern("\\d,\\d{3,}");
        // G1 is 0.9126 in indicators.csv and 91,3% in the report
        assertThat(Files.readString(out.resolve("indicators.csv"))).contains("goal.G1,all,,all,94,103,0.9126,0.8000,met,false");
        assertThat(text).contains("91,3%").doesNotContain("91,26%");
    }

    @Test
    void aJobFilesOwnStrategiesAppearAndLabelsAndStrategiesChangeNoFigure(@TempDir Path tmp) throws IOException {
        String job = Files.readString(Path.of("jobs/psycho-educatie.yaml"))
                .replace("inbox: ../input-samples/psycho-educatie", "inbox: " + Path.of("input-samples/psycho-educatie").toAbsolutePath())
                + """

                strategies:
                  items:
                    - barrier: staff_capacity
                      type: organisational
                      text: Trainerspool met de buurgemeenten delen
                      source: Afspraak regio Utrecht 2022
                """;
        Path jobFile = tmp.resolve("eigen.yaml");
        Files.writeString(jobFile, job);
        Path mine = tmp.resolve("out");
        assertThat(Outputs.evaluate(jobFile.toString(), "--out", mine.toString())).isZero();

        Document doc = Jsoup.parse(mine.resolve("organisaties").resolve(OrganisationReports.folder("Kredietbank Midden-Nederland"))
                .resolve("report.html").toFile());
        assertThat(doc.getElementById("wat-nu").text()).contains("Trainerspool met de buurgemeenten delen", "Afspraak regio Utrecht 2022");
        assertThat(Jsoup.parse(mine.resolve("report.html").toFile()).getElementById("definities").text())
                .contains("Trainerspool met de buurgemeenten delen", "Handreiking implementatieplan");
        // labels, better and strategies are words for the report only
        assertThat(Files.readString(mine.resolve("indicators.csv"))).isEqualTo(Files.readString(out.resolve("indicators.csv")));
    }

    @Test
    void anInvalidStrategyIsRefusedInOneLine(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("inbox"));
        Path jobFile = tmp.resolve("job.yaml");
        Files.writeString(jobFile, """
                inbox: inbox
                output: out
                as_of: 2022-03-31
                intervention: {code: PE, planned_sessions: 4}
                datasets:
                  registrations:
                    files: "reg*.csv"
                    columns: {traject_id: T, organisation: O, registered_on: R}
                strategies:
                  items:
                    - {barrier: staff_capacity, type: magical, text: Toveren}
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Evaluate.run(List.of(jobFile.toString()), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).startsWith("error: strategies.items[0].type").contains("magical");
        assertThat(message.strip().lines().count()).isEqualTo(1);
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
