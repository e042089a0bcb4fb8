package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.store.FileRecord;

/** Runs every indicator family over the evaluation data and returns the rows in file order (rule 54). */
public final class IndicatorCalculator {

    /** The inbox as the quality family sees it: files in the inbox now, each content once per dataset. */
    public record QualityInput(List<String> datasets, List<FileRecord> files, long registrationWarnings, long sessionWarnings) {}

    public List<IndicatorRow> calculate(EvaluationData data, QualityInput quality) {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.addAll(new ReachIndicators(data).rows());
        rows.addAll(new FidelityIndicators(data).rows());
        rows.addAll(new AdoptionIndicators(data).rows());
        rows.addAll(new MaintenanceIndicators(data).rows());
        rows.addAll(new DeterminantIndicators(data).rows());
        rows.addAll(new OutcomeIndicators(data).rows());
        rows.addAll(new CostIndicator(data).rows());
        rows.addAll(new GoalIndicators(data).rows());
        rows.addAll(new QualityIndicators(quality.datasets(), quality.files(), quality.registrationWarnings(),
                quality.sessionWarnings()).rows());
        Suppression suppression = new Suppression(data.job);
        List<IndicatorRow> out = new ArrayList<>(rows.size());
        for (IndicatorRow r : rows) {
            out.add(suppression.apply(r));
        }
        out.sort(ORDER);
        return out;
    }

    /** Indicator, scope, scope value, period, each in code-point order. */
    public static final Comparator<IndicatorRow> ORDER = Comparator
            .comparing(IndicatorRow::indicator, InboxScanner::compareCodePoints)
            .thenComparing(IndicatorRow::scope, InboxScanner::compareCodePoints)
            .thenComparing(IndicatorRow::scopeValue, InboxScanner::compareCodePoints)
            .thenComparing(IndicatorRow::period, InboxScanner::compareCodePoints);
}
