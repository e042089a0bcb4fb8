package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Figures;
import nl.procesevaluatie.report.Model.KeyFigure;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Row;
import nl.procesevaluatie.report.Model.Section;
import nl.procesevaluatie.report.Model.Table;
import nl.procesevaluatie.report.Model.TableBlock;

/** Section 1: one page with every goal and the main reach and fidelity figures. */
final class SummarySection {
    static final List<String> REACH = List.of("reach.registered", "reach.started", "reach.completed", "reach.start_rate",
            "reach.dropout_rate", "reach.wait_days.median", "reach.penetration");
    static final List<String> FIDELITY = List.of("fidelity.dose_delivered", "fidelity.dose_received",
            "fidelity.full_dose_rate", "fidelity.adherence", "fidelity.quality", "fidelity.responsiveness");

    private SummarySection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(c.t("summary.intro", c.f.date(c.in.asOf()), Text.clean(c.job.intervention().name())), null));
        if (c.job.goals().isEmpty()) {
            blocks.add(new Para(c.t("summary.noGoals"), null));
        } else {
            blocks.add(new TableBlock(goalTable(c), false, null));
            blocks.add(legend(c));
        }
        blocks.add(new Figures(c.t("summary.reach"), figures(c, REACH)));
        blocks.add(new Figures(c.t("summary.fidelity"), figures(c, FIDELITY)));
        return new Section("samenvatting", 1, c.t("section.summary"), c.t("explain.summary"), blocks);
    }

    static List<KeyFigure> figures(Ctx c, List<String> indicators) {
        return indicators.stream().map(c::figure).filter(Objects::nonNull).toList();
    }

    /** Each goal with its target, value, basis and status (period all, scope all). */
    static Table goalTable(Ctx c) {
        List<Row> rows = new ArrayList<>();
        for (Goal g : c.job.goals()) {
            IndicatorRow r = c.rows.all("goal." + g.id());
            rows.add(new Row(List.of(
                    Cell.head(Text.clean(g.id()) + " · " + Text.clean(g.title())),
                    Cell.number(c.f.target(target(r, g))),
                    valueOnly(c, r),
                    Cell.number(r == null || r.suppressed() ? "" : Objects.requireNonNullElse(c.f.detail(r), "")),
                    statusCell(c, r)), false));
        }
        return new Table(c.t("summary.goalsCaption", c.f.date(c.in.asOf())),
                List.of(c.t("col.goal"), c.t("col.target"), c.t("col.value"), c.t("col.basis"), c.t("col.status")), rows, false);
    }

    static BigDecimal target(IndicatorRow r, Goal g) {
        return r != null && r.target() != null ? r.target() : g.target();
    }

    static Cell valueOnly(Ctx c, IndicatorRow r) {
        return new Cell(c.f.value(r), null, null, false, true, r != null && r.suppressed());
    }

    /** The status word and symbol; for a suppressed row a note that the status is not shown. */
    static Cell statusCell(Ctx c, IndicatorRow r) {
        if (r == null) {
            return Cell.text(Fmt.NONE);
        }
        if (r.suppressed()) {
            return new Cell(c.t("status.suppressed"), null, null, false, false, true);
        }
        return new Cell("", null, c.f.mark(r.status()), false, false, false);
    }

    static Model.Legend legend(Ctx c) {
        List<Model.LegendItem> items = new ArrayList<>(Stream.of("met", "not_met", "in_progress", "no_data")
                .map(s -> new Model.LegendItem(c.f.mark(s), null, c.t("legend." + s))).toList());
        items.add(new Model.LegendItem(null, c.f.suppressed(), c.t("legend.suppressed")));
        return new Model.Legend(items);
    }
}
