package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Chart;
import nl.procesevaluatie.report.Model.ChartBlock;
import nl.procesevaluatie.report.Model.Mark;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 5: barriers and facilitators (MIDI) per category, as diverging bars. */
final class DeterminantsSection {
    static final BigDecimal DEFAULT_BARRIER = new BigDecimal("0.20");
    static final BigDecimal FACILITATOR = new BigDecimal("0.80");
    static final String OTHER = "other";

    private DeterminantsSection() {}

    record Determinant(String id, String category, BigDecimal barrier) {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        List<Determinant> dets = determinants(c);
        if (dets.isEmpty()) {
            blocks.add(new Para(c.t("determinants.none"), null));
            return new Section("determinanten", 5, c.t("section.determinants"), c.t("explain.determinants"), blocks);
        }
        BigDecimal barrier = dets.get(0).barrier();
        blocks.add(new Para(c.t("determinants.thresholds", c.f.share(barrier), c.f.share(FACILITATOR)) + " "
                + c.t("determinants.marks", c.t("mark.barrier.symbol"), c.t("mark.barrier"), c.t("mark.facilitator.symbol"),
                        c.t("mark.facilitator")), null));
        Map<String, List<Determinant>> byCategory = new LinkedHashMap<>();
        for (Instrument.Category cat : Instrument.Category.values()) {
            byCategory.put(cat.name(), new ArrayList<>());
        }
        byCategory.put(OTHER, new ArrayList<>());
        dets.forEach(d -> byCategory.get(d.category()).add(d));
        // one room for the labels of all categories: their charts then share the place of zero and the scale
        int labelArea = Charts.divergingLabelArea(dets.stream().map(d -> label(c, d.id())).toList(),
                dets.stream().map(d -> markText(marks(c, d))).toList());
        for (Map.Entry<String, List<Determinant>> e : byCategory.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Chart chart = category(c, e.getKey(), e.getValue(), labelArea);
            blocks.add(chart == null ? new TableBlock(table(c, e.getKey(), e.getValue()), false, null) : new ChartBlock(chart));
        }
        if (!c.rows.organisations().isEmpty()) {
            blocks.add(new TableBlock(perOrganisation(c, dets), true, c.t("determinants.perOrg.summary")));
        }
        return new Section("determinanten", 5, c.t("section.determinants"), c.t("explain.determinants"), blocks);
    }

    /** Determinants with rows, in job-file item order, with their category and barrier threshold. */
    static List<Determinant> determinants(Ctx c) {
        Map<String, Determinant> known = new LinkedHashMap<>();
        for (Instrument i : c.job.instrumentsOfKind(Instrument.Kind.determinants)) {
            BigDecimal barrier = i.barrierShare() == null ? DEFAULT_BARRIER : i.barrierShare();
            for (Instrument.Item item : i.items()) {
                if (item.determinant() != null && !known.containsKey(item.determinant())) {
                    String cat = item.category() == null ? OTHER : item.category().name();
                    known.put(item.determinant(), new Determinant(item.determinant(), cat, barrier));
                }
            }
        }
        Set<String> withRows = new LinkedHashSet<>();
        for (String ind : c.rows.withPrefix("determinant.")) {
            if (ind.endsWith(".negative_share")) {
                withRows.add(ind.substring("determinant.".length(), ind.length() - ".negative_share".length()));
            }
        }
        List<Determinant> out = new ArrayList<>();
        known.values().stream().filter(d -> withRows.contains(d.id())).forEach(out::add);
        withRows.stream().filter(d -> !known.containsKey(d)).forEach(d -> out.add(new Determinant(d, OTHER, DEFAULT_BARRIER)));
        return out;
    }

    static String label(Ctx c, String determinant) {
        return c.f.determinant(determinant);
    }

    private static Chart category(Ctx c, String category, List<Determinant> dets, int labelArea) {
        List<String> labels = dets.stream().map(d -> label(c, d.id())).toList();
        List<IndicatorRow> neg = dets.stream().map(d -> c.rows.all("determinant." + d.id() + ".negative_share")).toList();
        List<IndicatorRow> pos = dets.stream().map(d -> c.rows.all("determinant." + d.id() + ".positive_share")).toList();
        List<Double> negValues = GoalsSection.values(neg);
        List<Double> posValues = GoalsSection.values(pos);
        if (!Charts.anyValue(negValues) && !Charts.anyValue(posValues)) {
            return null;
        }
        String title = c.t("category." + category);
        List<List<Mark>> marks = new ArrayList<>();
        for (int i = 0; i < dets.size(); i++) {
            marks.add(marks(c, neg.get(i), pos.get(i)));
        }
        List<String> markTexts = marks.stream().map(DeterminantsSection::markText).toList();
        var chart = c.charts.diverging(title, labels, markTexts, negValues, posValues, c.t("determinants.negative"),
                c.t("determinants.positive"), dets.get(0).barrier().doubleValue(), Charts.WIDE, labelArea);
        List<String> notes = new ArrayList<>();
        notes.add(c.t("determinants.line", c.f.share(dets.get(0).barrier())));
        Map<String, List<String>> perSeries = new LinkedHashMap<>();
        perSeries.put(c.t("determinants.negative"), c.leftOut(labels, neg));
        perSeries.put(c.t("determinants.positive"), c.leftOut(labels, pos));
        notes.addAll(Ctx.bySeries(perSeries));
        List<String> altValues = new ArrayList<>();
        for (int i = 0; i < dets.size(); i++) {
            String words = String.join(", ", marks.get(i).stream().map(Mark::word).toList());
            altValues.add(c.t("determinants.negative").toLowerCase(c.m.locale()) + " " + c.altValue(neg.get(i)) + ", "
                    + c.t("determinants.positive").toLowerCase(c.m.locale()) + " " + c.altValue(pos.get(i))
                    + (words.isEmpty() ? "" : " (" + words + ")"));
        }
        String alt = c.alt(c.t("alt.diverging", title), labels, altValues);
        return c.chart("determinanten-" + category.replace('_', '-'), title, alt, chart, notes, table(c, category, dets), false);
    }

    /**
     * The status marks of a determinant as its rows give them: barrier on the negative share, facilitator
     * on the positive share. A suppressed row shows no status, as in the tables.
     */
    static List<Mark> marks(Ctx c, IndicatorRow negative, IndicatorRow positive) {
        List<Mark> out = new ArrayList<>();
        if (shows(negative, "barrier")) {
            out.add(c.f.mark("barrier"));
        }
        if (shows(positive, "facilitator")) {
            out.add(c.f.mark("facilitator"));
        }
        return out;
    }

    static List<Mark> marks(Ctx c, Determinant d) {
        return marks(c, c.rows.all("determinant." + d.id() + ".negative_share"), c.rows.all("determinant." + d.id()
                + ".positive_share"));
    }

    /** The marks as they follow a determinant's name in its chart: "▼ belemmering". */
    static String markText(List<Mark> marks) {
        return String.join("   ", marks.stream().map(m -> m.symbol() + " " + m.word()).toList());
    }

    private static boolean shows(IndicatorRow r, String status) {
        return r != null && !r.suppressed() && r.value() != null && status.equals(r.status());
    }

    private static Table table(Ctx c, String category, List<Determinant> dets) {
        List<Row> rows = new ArrayList<>();
        for (Determinant d : dets) {
            rows.add(new Row(List.of(Cell.head(label(c, d.id())),
                    c.f.cell(c.rows.all("determinant." + d.id() + ".negative_share")),
                    c.f.cell(c.rows.all("determinant." + d.id() + ".positive_share"))), false));
        }
        return new Table(c.t("category." + category), List.of(c.t("col.determinant"), c.t("determinants.negative"),
                c.t("determinants.positive")), rows, false);
    }

    private static Table perOrganisation(Ctx c, List<Determinant> dets) {
        List<Row> rows = new ArrayList<>();
        for (String org : c.rows.organisations()) {
            for (Determinant d : dets) {
                IndicatorRow neg = c.rows.org("determinant." + d.id() + ".negative_share", org);
                IndicatorRow pos = c.rows.org("determinant." + d.id() + ".positive_share", org);
                if (neg == null && pos == null) {
                    continue;
                }
                rows.add(new Row(List.of(Ctx.head(org), Cell.text(label(c, d.id())), Cell.text(c.t("category." + d.category())),
                        c.f.cell(neg), c.f.cell(pos)), false));
            }
        }
        return new Table(c.t("determinants.perOrg.title"), List.of(c.t("col.organisation"), c.t("col.determinant"),
                c.t("col.category"), c.t("determinants.negative"), c.t("determinants.positive")), rows, true);
    }
}
