package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.report.Model.Block;
import nl.procesevaluatie.report.Model.DefList;
import nl.procesevaluatie.report.Model.Definition;
import nl.procesevaluatie.report.Model.Para;
import nl.procesevaluatie.report.Model.Section;

/** Section 10: the definition of every figure, and the suppression rule (texts from indicators.md). */
final class DefinitionsSection {
    /** Groups of definitions: a message key for the group title, then the codes defined in it. */
    static final List<List<String>> GROUPS = List.of(
            List.of("concepts", "as_of", "traject", "started", "completed", "dropped_out", "quarter", "organisation"),
            List.of("reach", "reach.registered", "reach.started", "reach.completed", "reach.start_rate",
                    "reach.dropout_rate", "reach.wait_days.median", "reach.wait_days.p90", "reach.penetration"),
            List.of("fidelity", "fidelity.dose_delivered", "fidelity.dose_received", "fidelity.full_dose_rate",
                    "fidelity.adherence", "fidelity.adherence_full_rate", "fidelity.component", "fidelity.quality",
                    "fidelity.responsiveness"),
            List.of("adoption", "adoption.organisations_active", "adoption.professionals_active", "maintenance.borging",
                    "maintenance.active_quarters"),
            List.of("determinants", "determinant.negative_share", "determinant.positive_share"),
            List.of("outcomes", "outcome.n", "outcome.pre_mean", "outcome.post_mean", "outcome.change_mean",
                    "outcome.effect_size"),
            List.of("cost", "cost.per_started_client"),
            List.of("goals", "goal", "goal.met", "goal.not_met", "goal.in_progress", "goal.no_data"),
            List.of("quality", "quality.read", "quality.accepted", "quality.rejected", "quality.skipped",
                    "quality.warnings", "quality.files_refused"));

    private DefinitionsSection() {}

    static Section build(Ctx c) {
        List<Block> blocks = new ArrayList<>();
        BigDecimal barrier = DeterminantsSection.determinants(c).stream().findFirst().map(DeterminantsSection.Determinant::barrier)
                .orElse(DeterminantsSection.DEFAULT_BARRIER);
        Object[] args = {c.job.intervention().plannedSessions(), c.f.share(c.job.intervention().minDose()),
            c.f.share(barrier), c.f.share(DeterminantsSection.FACILITATOR), c.job.minCellSize()};
        blocks.add(new Para(c.t("def.suppression", c.job.minCellSize(), c.f.suppressed(), c.job.minCellSize() - 1), "rule"));
        blocks.add(new Para(c.t("def.rounding"), null));
        for (List<String> group : GROUPS) {
            List<Definition> items = new ArrayList<>();
            for (String code : group.subList(1, group.size())) {
                items.add(new Definition(c.t("defname." + code), code(code), c.t("def." + code, args)));
            }
            blocks.add(new DefList(c.t("defgroup." + group.get(0)), items));
        }
        blocks.add(catalogue(c));
        return new Section("definities", 10, c.t("section.definitions"), c.t("explain.definitions"), blocks);
    }

    /** The strategy catalogue behind "Wat nu?": built in from the seed texts, with or instead of the job file's own. */
    private static Model.TableBlock catalogue(Ctx c) {
        List<Model.Row> rows = new ArrayList<>();
        for (StrategyCatalogue.Entry e : c.strategies().entries()) {
            String barrier = c.m.has("category." + e.barrier()) ? c.t("category." + e.barrier()) : c.f.determinant(e.barrier());
            rows.add(new Model.Row(List.of(Model.Cell.head(barrier), Model.Cell.text(c.t("strategy.type." + e.type())),
                    Model.Cell.text(Text.clean(e.text())), Model.Cell.text(e.source() == null ? c.t("whatnext.ownSource") : Text.clean(e.source()))),
                    false));
        }
        return new Model.TableBlock(new Model.Table(c.t("whatnext.catalogue.caption"), List.of(c.t("whatnext.col.barrier"),
                c.t("whatnext.col.type"), c.t("whatnext.col.strategy"), c.t("whatnext.col.source")), rows, true), true,
                c.t("whatnext.catalogue.summary", rows.size()));
    }

    /** The id as it appears in indicators.csv, with placeholders for the variable parts. */
    private static String code(String code) {
        return switch (code) {
            case "fidelity.component" -> "fidelity.component.<code>";
            case "determinant.negative_share" -> "determinant.<d>.negative_share";
            case "determinant.positive_share" -> "determinant.<d>.positive_share";
            case "goal" -> "goal.<id>";
            case "goal.met", "goal.not_met", "goal.in_progress", "goal.no_data" -> "status " + code.substring(5);
            default -> code.startsWith("outcome.") ? "outcome.<id>." + code.substring(8)
                    : code.startsWith("quality.") && !code.equals("quality.files_refused")
                            ? "quality.<dataset>." + code.substring(8)
                            : code.contains(".") ? code : null;
        };
    }
}
