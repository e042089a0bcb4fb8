package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.DeterminantsSection.Determinant;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/**
 * "Wat nu?" (seed 002 §6-7): for every goal an organisation does not reach (not_met, or off_track while it
 * runs), that organisation's own barriers by MIDI category, what it can build on, and the strategies of the
 * catalogue that match each barrier. Its own section in an organisation's report; one line per
 * organisation in the main summary.
 */
final class WhatNext {
    private WhatNext() {}

    /** A determinant's row of one organisation (its negative or positive share). */
    record Factor(Determinant determinant, IndicatorRow row) {}

    /** One goal an organisation misses, why (not_met or off_track), and the row that says so. */
    record Missed(Goal goal, IndicatorRow row, IndicatorRow reachable, String kind) {}

    /** Scope of the rows read: the whole report (an organisation's own report) or one organisation (main report). */
    private record Scope(String scope, String value) {
        IndicatorRow get(Ctx c, String indicator) {
            return c.rows.get(indicator, scope, value, IndicatorRow.ALL);
        }
    }

    private static final Scope OWN = new Scope(IndicatorRow.ALL, "");

    static List<Missed> missed(Ctx c, Scope s) {
        List<Missed> out = new ArrayList<>();
        for (Goal g : c.job.goals()) {
            IndicatorRow r = s.get(c, "goal." + g.id());
            IndicatorRow reach = s.get(c, "goal." + g.id() + ".reachable");
            if (r == null || r.suppressed()) {
                continue; // a hidden status is never disclosed here either
            }
            if ("not_met".equals(r.status())) {
                out.add(new Missed(g, r, reach, "not_met"));
            } else if (reach != null && !reach.suppressed() && "off_track".equals(reach.status())) {
                out.add(new Missed(g, r, reach, "off_track"));
            }
        }
        return out;
    }

    /** The determinants whose (shown) row has the given status: barrier on the negative share, facilitator on the positive. */
    private static List<Factor> factors(Ctx c, Scope s, String status) {
        String part = status.equals("barrier") ? ".negative_share" : ".positive_share";
        List<Factor> out = new ArrayList<>();
        for (Determinant d : DeterminantsSection.determinants(c)) {
            IndicatorRow r = s.get(c, "determinant." + d.id() + part);
            if (r != null && !r.suppressed() && status.equals(r.status())) {
                out.add(new Factor(d, r));
            }
        }
        // the strongest first: the barrier most professionals name leads, and so do its strategies
        out.sort((a, b) -> b.row().value().compareTo(a.row().value()));
        return out;
    }

    private static boolean hasDeterminantData(Ctx c, Scope s) {
        return DeterminantsSection.determinants(c).stream().anyMatch(d -> s.get(c, "determinant." + d.id() + ".negative_share") != null);
    }

    /** "Organisatie: Personele capaciteit 100% (5 van 5), Beschikbare tijd 80% (4 van 5)"; by MIDI category. */
    private static String byCategory(Ctx c, List<Factor> factors) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Factor f : factors) {
            String detail = c.f.detail(f.row());
            groups.computeIfAbsent(f.determinant().category(), k -> new ArrayList<>())
                    .add(c.f.determinant(f.determinant().id()) + " " + c.f.value(f.row()) + (detail == null ? "" : " (" + detail + ")"));
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((cat, items) -> parts.add(c.t("category." + cat) + ": " + String.join(", ", items)));
        return String.join("; ", parts);
    }

    private static List<StrategyCatalogue.Entry> strategies(Ctx c, List<Factor> barriers) {
        StrategyCatalogue catalogue = c.strategies();
        Set<StrategyCatalogue.Entry> out = new LinkedHashSet<>();
        for (Factor f : barriers) {
            String cat = f.determinant().category().equals(DeterminantsSection.OTHER) ? null : f.determinant().category();
            out.addAll(catalogue.forBarrier(f.determinant().id(), cat));
        }
        return new ArrayList<>(out);
    }

    /** The section of an organisation's own report. */
    static Section section(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        List<Missed> missed = missed(c, OWN);
        if (missed.isEmpty()) {
            blocks.add(new Para(c.t("whatnext.allReached"), null));
            return new Section("wat-nu", 0, c.t("section.whatnext"), c.t("explain.whatnext"), blocks);
        }
        List<Factor> barriers = factors(c, OWN, "barrier");
        List<Factor> facilitators = factors(c, OWN, "facilitator");
        boolean data = hasDeterminantData(c, OWN);
        String barrierText = !data ? c.t("whatnext.noData") : barriers.isEmpty() ? c.t("whatnext.noBarriers") : byCategory(c, barriers);
        String buildOn = facilitators.isEmpty() ? Fmt.NONE : byCategory(c, facilitators);
        List<StrategyCatalogue.Entry> strategies = strategies(c, barriers);
        String strategyText = strategies.isEmpty() ? (data ? c.t("whatnext.talk") : c.t("whatnext.measureFirst"))
                : String.join(" ", strategies.stream().limit(3).map(e -> "• " + e.text()).toList());
        List<Row> rows = new ArrayList<>();
        for (Missed m : missed) {
            rows.add(new Row(List.of(
                    Cell.head(Text.clean(m.goal().id()) + " · " + Text.clean(m.goal().title())),
                    new Cell(c.f.value(m.row()) + " / " + c.f.target(SummarySection.target(m.row(), m.goal())), reachableText(c, m),
                            c.f.mark(m.kind()), false, false, false),
                    Cell.text(barrierText),
                    Cell.text(buildOn),
                    Cell.text(strategyText)), false));
        }
        blocks.add(new TableBlock(new Table(c.t("whatnext.caption", Text.clean(c.organisation())), List.of(c.t("col.goal"),
                c.t("whatnext.col.status"), c.t("whatnext.col.barriers"), c.t("whatnext.col.buildOn"), c.t("whatnext.col.strategies")),
                rows, true, true), false, null));
        if (!strategies.isEmpty()) {
            List<Row> srows = new ArrayList<>();
            for (Factor f : barriers) {
                String cat = f.determinant().category().equals(DeterminantsSection.OTHER) ? null : f.determinant().category();
                for (StrategyCatalogue.Entry e : c.strategies().forBarrier(f.determinant().id(), cat)) {
                    srows.add(new Row(List.of(Cell.head(c.f.determinant(f.determinant().id())), Cell.text(c.t("strategy.type." + e.type())),
                            Cell.text(Text.clean(e.text())), Cell.text(e.source() == null ? c.t("whatnext.ownSource") : Text.clean(e.source()))),
                            false));
                }
            }
            blocks.add(new TableBlock(new Table(c.t("whatnext.strategies.caption"), List.of(c.t("whatnext.col.barrier"),
                    c.t("whatnext.col.type"), c.t("whatnext.col.strategy"), c.t("whatnext.col.source")), srows, true, true), false, null));
        }
        return new Section("wat-nu", 0, c.t("section.whatnext"), c.t("explain.whatnext"), blocks);
    }

    private static String reachableText(Ctx c, Missed m) {
        return m.kind().equals("off_track") && m.reachable() != null && m.reachable().value() != null
                ? c.t("reachable.upTo", c.f.value(m.reachable())) : null;
    }

    /** The main summary's short form: per organisation that misses a goal, which goals, its main barriers and first strategies. */
    static Table summary(Ctx c) {
        List<Row> rows = new ArrayList<>();
        for (String org : c.rows.organisations()) {
            Scope s = new Scope(IndicatorRow.ORGANISATION, org);
            List<Missed> missed = missed(c, s);
            if (missed.isEmpty()) {
                continue;
            }
            List<Factor> barriers = factors(c, s, "barrier");
            boolean data = hasDeterminantData(c, s);
            List<StrategyCatalogue.Entry> strategies = strategies(c, barriers);
            rows.add(new Row(List.of(
                    Ctx.head(org),
                    Cell.text(String.join(", ", missed.stream().map(m -> Text.clean(m.goal().id())).toList())),
                    Cell.text(!data ? c.t("whatnext.noDataShort") : barriers.isEmpty() ? c.t("whatnext.noBarriersShort")
                            : String.join(", ", barriers.stream().limit(3).map(f -> c.f.determinant(f.determinant().id()) + " "
                                    + c.f.value(f.row())).toList())),
                    Cell.text(strategies.isEmpty() ? Fmt.NONE : String.join(" ", strategies.stream().limit(2).map(e -> "• " + e.text()).toList()))),
                    false));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Table(c.t("whatnext.summary.caption"), List.of(c.t("col.organisation"), c.t("whatnext.col.goals"),
                c.t("whatnext.col.barriers"), c.t("whatnext.col.firstSteps")), rows, true, true);
    }
}
