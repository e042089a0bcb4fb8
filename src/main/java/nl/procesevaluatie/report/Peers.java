package nl.procesevaluatie.report;

import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;

/**
 * One organisation's figure beside its peers (the CCV benchmark's question "how do we do compared with the
 * others?"): the figure over all organisations and the median and range of the other organisations. Only
 * shown, non-suppressed values count, and only from two others on, so that no single organisation's figure
 * can be read from it.
 */
record Peers(IndicatorRow all, Q median, Q min, Q max, int others) {
    static final int MIN_OTHERS = 2;

    static Peers of(RowIndex every, String indicator, String organisation) {
        List<Q> values = new ArrayList<>();
        for (String o : every.organisations()) {
            IndicatorRow r = o.equals(organisation) ? null : every.org(indicator, o);
            if (r != null && !r.suppressed() && r.value() != null) {
                values.add(r.value());
            }
        }
        values.sort(null);
        IndicatorRow all = every.all(indicator);
        if (values.size() < MIN_OTHERS) {
            return new Peers(all, null, null, null, values.size());
        }
        int n = values.size();
        Q median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).add(values.get(n / 2)).divide(2);
        return new Peers(all, median, values.get(0), values.get(n - 1), n);
    }

    boolean hasRange() {
        return median != null;
    }
}
