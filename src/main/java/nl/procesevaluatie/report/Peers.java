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
        return every.shownOrganisationValues(indicator).peersOf(every.all(indicator), every.org(indicator, organisation));
    }

    /**
     * The shown, non-suppressed values of one indicator over all organisations, sorted once and shared by
     * every organisation's report: without it each of some 300 reports looked up every other organisation's
     * row for every figure.
     */
    record Distribution(List<Q> sorted) {
        static Distribution of(RowIndex every, String indicator) {
            List<Q> values = new ArrayList<>();
            for (String o : every.organisations()) {
                IndicatorRow r = every.org(indicator, o);
                if (shown(r)) {
                    values.add(r.value());
                }
            }
            values.sort(null);
            return new Distribution(List.copyOf(values));
        }

        /** The others are the sorted values less one occurrence of the organisation's own (equal values are interchangeable). */
        Peers peersOf(IndicatorRow all, IndicatorRow own) {
            int skip = shown(own) ? java.util.Collections.binarySearch(sorted, own.value()) : -1;
            int n = skip >= 0 ? sorted.size() - 1 : sorted.size();
            if (n < MIN_OTHERS) {
                return new Peers(all, null, null, null, n);
            }
            Q median = n % 2 == 1 ? other(n / 2, skip) : other(n / 2 - 1, skip).add(other(n / 2, skip)).divide(2);
            return new Peers(all, median, other(0, skip), other(n - 1, skip), n);
        }

        private Q other(int k, int skip) {
            return skip >= 0 && k >= skip ? sorted.get(k + 1) : sorted.get(k);
        }

        private static boolean shown(IndicatorRow r) {
            return r != null && !r.suppressed() && r.value() != null;
        }
    }

    boolean hasRange() {
        return median != null;
    }
}
