package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.job.Instrument;

/** A stored response with its instrument, its organisation (rule 35) and its source position. */
record Response(ResponseRow row, Instrument instrument, String organisation, String srcOrder, long srcLine) {

    /** Latest means latest date, then later file in load order, then later line (details.md rule 34). */
    static final Comparator<Response> BY_POSITION = Comparator.comparing((Response r) -> r.row().date())
            .thenComparing(Response::srcOrder).thenComparingLong(Response::srcLine);

    /** An item value after reverse coding: min + max - v on a scale, yes/no swapped on a checklist. */
    Q itemValue(int i) {
        BigDecimal v = decimalValue(i);
        return v == null ? null : Q.of(v);
    }

    /** The item value after reverse coding as an exact decimal; null when missing. */
    private BigDecimal decimalValue(int i) {
        BigDecimal v = row.items().get(i);
        if (v == null || !instrument.items().get(i).reverse()) {
            return v;
        }
        if (instrument.kind() == Instrument.Kind.checklist) {
            return BigDecimal.ONE.subtract(v);
        }
        return instrument.scaleMin().add(instrument.scaleMax()).subtract(v);
    }

    /** The scale score: the mean of the non-missing item values after reverse coding; null without any. */
    Q score() {
        return mean(null);
    }

    /** The mean over some items, likewise. */
    Q meanOf(List<Integer> itemIndexes) {
        return mean(itemIndexes);
    }

    /** Decimals add exactly, so one division makes the rational; null indexes mean every item. */
    private Q mean(List<Integer> itemIndexes) {
        int count = itemIndexes == null ? row.items().size() : itemIndexes.size();
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (int k = 0; k < count; k++) {
            BigDecimal v = decimalValue(itemIndexes == null ? k : itemIndexes.get(k));
            if (v != null) {
                sum = sum.add(v);
                n++;
            }
        }
        return n == 0 ? null : Q.of(sum).divide(n);
    }

    /** The score rescaled to 0..1 with the instrument's own scale. */
    Q rescaled() {
        Q min = Q.of(instrument.scaleMin());
        return score().subtract(min).divide(Q.of(instrument.scaleMax()).subtract(min));
    }
}
