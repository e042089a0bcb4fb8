package nl.procesevaluatie.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.store.FileRecord;

/** Runs every indicator family over the evaluation data and returns the rows in file order (rule 54). */
public final class IndicatorCalculator {

    /** The inbox as the quality family sees it: files in the inbox now, each content once per dataset. */
    public record QualityInput(List<String> datasets, List<FileRecord> files, long registrationWarnings, long sessionWarnings) {}

    public List<IndicatorRow> calculate(EvaluationData data, QualityInput quality) {
        List<Supplier<List<IndicatorRow>>> families = List.of(
                () -> new ReachIndicators(data).rows(),
                () -> new FidelityIndicators(data).rows(),
                () -> new AdoptionIndicators(data).rows(),
                () -> new MaintenanceIndicators(data).rows(),
                () -> new DeterminantIndicators(data).rows(),
                () -> new OutcomeIndicators(data).rows(),
                () -> new CostIndicator(data).rows(),
                () -> new GoalIndicators(data).rows(),
                () -> new QualityIndicators(quality.datasets(), quality.files(), quality.registrationWarnings(),
                        quality.sessionWarnings()).rows());
        // families share only the read-only data and its synchronised groupings, so they run on all cores;
        // the rows are sorted below, so the order they finish in does not matter
        List<IndicatorRow> rows = families.parallelStream().flatMap(f -> f.get().stream()).toList();
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
