package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.store.ResponseRow;

/** A stored response with its instrument, its organisation (rule 35) and its source position. */
record Response(ResponseRow row, Instrument instrument, String organisation, String srcOrder, long srcLine) {

    /** Latest means latest date, then later file in load order, then later line (details.md rule 34). */
    static final Comparator<Response> BY_POSITION = Comparator.comparing((Response r) -> r.row().date())
            .thenComparing(Response::srcOrder).thenComparingLong(Response::srcLine);

    /** An item value after reverse coding: min + max - v on a scale, yes/no swapped on a checklist. */
    Q itemValue(int i) {
        BigDecimal v = row.items().get(i);
        if (v == null) {
            return null;
        }
        Instrument.Item item = instrument.items().get(i);
        if (!item.reverse()) {
            return Q.of(v);
        }
        if (instrument.kind() == Instrument.Kind.checklist) {
            return Q.of(BigDecimal.ONE.subtract(v));
        }
        return Q.of(instrument.scaleMin().add(instrument.scaleMax()).subtract(v));
    }

    /** The scale score: the mean of the non-missing item values after reverse coding; null without any. */
    Q score() {
        return meanOf(java.util.stream.IntStream.range(0, row.items().size()).boxed().toList());
    }

    Q meanOf(List<Integer> itemIndexes) {
        Q sum = Q.ZERO;
        int n = 0;
        for (int i : itemIndexes) {
            Q v = itemValue(i);
            if (v != null) {
                sum = sum.add(v);
                n++;
            }
        }
        return n == 0 ? null : sum.divide(n);
    }

    /** The score rescaled to 0..1 with the instrument's own scale. */
    Q rescaled() {
        Q min = Q.of(instrument.scaleMin());
        return score().subtract(min).divide(Q.of(instrument.scaleMax()).subtract(min));
    }
}
