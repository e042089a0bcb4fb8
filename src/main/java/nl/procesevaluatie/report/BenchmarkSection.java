package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.Mark;
import nl.procesevaluatie.report.Model.Multiples;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;

/** Section 8: each organisation against the overall figure, as in the CCV benchmark. */
final class BenchmarkSection {
    static final List<String> INDICATORS = List.of("reach.start_rate", "reach.dropout_rate", "reach.wait_days.median",
            "fidelity.dose_received", "fidelity.full_dose_rate", "fidelity.adherence", "fidelity.quality",
            "fidelity.responsiveness", "maintenance.borging");

    private BenchmarkSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        List<String> orgs = c.rows.organisations();
        List<String> inds = INDICATORS.stream().filter(c.rows::has).toList();
        if (orgs.isEmpty() || inds.isEmpty()) {
            blocks.add(new Para(c.t("benchmark.none"), null));
            return new Section("benchmark", 8, c.t("section.benchmark"), c.t("explain.benchmark"), blocks);
        }
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (c.tooManyToChart(orgs.size())) {
            notes.add(c.t("benchmark.tableOnly", orgs.size(), Ctx.MAX_CHARTED));
        }
        for (int k = 0; k < inds.size() && !c.tooManyToChart(orgs.size()); k++) {
            String ind = inds.get(k);
            List<IndicatorRow> rs = orgs.stream().map(o -> c.rows.org(ind, o)).toList();
            List<Double> values = GoalsSection.values(rs);
            String title = c.t("ind." + ind);
            if (!Charts.anyValue(values)) {
                notes.add(title + ": " + c.t("chart.nothingToDraw"));
                continue;
            }
            IndicatorRow all = c.rows.all(ind);
            if (PeersSection.LOWER_IS_BETTER.contains(ind)) {
                title = title + " (" + c.t("peers.lowerIsBetter") + ")";
            }
            Map<String, List<Double>> series = new LinkedHashMap<>();
            series.put(title, values);
            boolean percent = Fmt.kindOf(ind) != Fmt.Kind.DAYS;
            // each name with ▲ or ▼ against the overall figure, as the text and the table say
            List<String> marked = new ArrayList<>();
            for (int o = 0; o < orgs.size(); o++) {
                Mark m = compared(c, rs.get(o), all).mark();
                marked.add(Text.shorten(orgs.get(o), 36) + (m == null ? "" : " " + m.symbol()));
            }
            // two to a row, wide enough for whole organisation names and titles
            var chart = c.charts.bars(title, marked, series, percent, Fmt.chartValue(all), Charts.HALF);
            List<String> left = c.leftOutOrZero(orgs, rs);
            String alt = c.alt(c.t("alt.benchmark", title, c.altValue(all)), orgs, rs.stream().map(c::altValue).toList());
            charts.add(c.chart(String.format("benchmark-%02d", k + 1), title, alt, chart, left, null, true));
        }
        List<Row> rows = new ArrayList<>();
        List<Cell> total = new ArrayList<>();
        total.add(Cell.head(c.t("scope.all")));
        inds.forEach(i -> total.add(c.f.plainCell(c.rows.all(i))));
        rows.add(new Row(total, true));
        for (String org : orgs) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Ctx.head(org));
            for (String ind : inds) {
                cells.add(compared(c, c.rows.org(ind, org), c.rows.all(ind)));
            }
            rows.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>();
        headers.add(c.t("col.organisation"));
        inds.forEach(i -> headers.add(c.t("ind." + i)));
        Table table = new Table(c.t("benchmark.table"), headers, rows, true);
        notes.add(c.t("benchmark.lowerIsBetter"));
        blocks.add(new Multiples(c.t("benchmark.title"), c.t("benchmark.intro"), charts, table, notes));
        return new Section("benchmark", 8, c.t("section.benchmark"), c.t("explain.benchmark"), blocks);
    }

    /** The organisation's value with a mark saying whether it is above, below or equal to the overall value. */
    private static Cell compared(Ctx c, IndicatorRow r, IndicatorRow all) {
        Cell cell = c.f.plainCell(r);
        if (r == null || r.suppressed() || r.value() == null || all == null || all.suppressed() || all.value() == null) {
            return cell;
        }
        int cmp = r.value().compareTo(all.value());
        String key = cmp > 0 ? "above" : cmp < 0 ? "below" : "equal";
        return new Cell(cell.text(), cell.detail(), new Mark(key, c.t("mark." + key + ".symbol"), c.t("mark." + key)),
                false, true, false);
    }
}
