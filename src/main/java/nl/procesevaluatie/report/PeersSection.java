package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Mark;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/**
 * In an organisation's report, instead of the benchmark that names every organisation: each goal and key
 * figure of this organisation beside all organisations and the other organisations' median and range, with
 * ▲/▼ against that median and a note where lower is better.
 */
final class PeersSection {
    /** Where a lower figure is the better one. */
    static final Set<String> LOWER_IS_BETTER = Set.of("reach.dropout_rate", "reach.wait_days.median", "reach.wait_days.p90");

    private PeersSection() {}

    static Section build(Ctx c) {
        List<String> indicators = new ArrayList<>();
        c.job.goals().stream().filter(g -> g.population() != Goal.Population.organisations).map(g -> "goal." + g.id())
                .forEach(indicators::add);
        BenchmarkSection.INDICATORS.forEach(indicators::add);
        List<Row> rows = new ArrayList<>();
        for (String ind : indicators) {
            IndicatorRow own = c.rows.all(ind);
            if (own == null) {
                continue;
            }
            Peers p = Peers.of(c.every, ind, c.organisation());
            String label = ind.startsWith("goal.") ? Text.clean(ind.substring(5)) + " · " + goalTitle(c, ind.substring(5))
                    : c.t("ind." + ind);
            rows.add(new Row(List.of(
                    Cell.head(label, LOWER_IS_BETTER.contains(ind) ? c.t("peers.lowerIsBetter") : null),
                    c.f.plainCell(own),
                    Cell.number(c.f.value(p.all())),
                    Cell.number(p.hasRange() ? c.t("peers.range", c.f.valueOf(own, p.median()), c.f.valueOf(own, p.min()),
                            c.f.valueOf(own, p.max())) : Fmt.NONE),
                    compared(c, own, p, LOWER_IS_BETTER.contains(ind))), false));
        }
        List<Block> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            blocks.add(new Para(c.t("benchmark.none"), null));
        } else {
            blocks.add(new TableBlock(new Table(c.t("peers.caption", Text.clean(c.organisation())), List.of(c.t("col.indicator"),
                    c.t("col.thisOrganisation"), c.t("col.allOrganisations"), c.t("col.otherOrganisations"), c.t("col.comparedToMedian")),
                    rows, true, true), false, null));
        }
        return new Section("vergelijking", 0, c.t("section.peers"), c.t("explain.peers"), blocks);
    }

    private static String goalTitle(Ctx c, String id) {
        return c.job.goals().stream().filter(g -> g.id().equals(id)).map(g -> Text.clean(g.title())).findFirst().orElse("");
    }

    /** ▲ above or ▼ below the others' median, and whether that is better or worse; empty without a median. */
    private static Cell compared(Ctx c, IndicatorRow own, Peers p, boolean lowerIsBetter) {
        if (own.suppressed() || own.value() == null || !p.hasRange()) {
            return Cell.text("");
        }
        int cmp = own.value().compareTo(p.median());
        if (cmp == 0) {
            return new Cell("", null, new Mark("equal", c.t("mark.equal.symbol"), c.t("peers.sameAsMedian")), false, false, false);
        }
        boolean better = cmp > 0 != lowerIsBetter;
        String key = cmp > 0 ? "above" : "below";
        return new Cell("", c.t(better ? "peers.better" : "peers.worse"),
                new Mark(key, c.t("mark." + key + ".symbol"), c.t(cmp > 0 ? "peers.aboveMedian" : "peers.belowMedian")), false, false, false);
    }
}
