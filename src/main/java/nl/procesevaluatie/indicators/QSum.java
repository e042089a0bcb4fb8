package nl.procesevaluatie.indicators;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * An exact sum of many rationals. Terms are added per denominator (an integer addition, no gcd), and the
 * few distinct denominators are combined once at the end; summing a million scores stays cheap.
 */
final class QSum {
    private final Map<BigInteger, BigInteger> byDenominator = new HashMap<>();
    private long count;

    void add(Q q) {
        byDenominator.merge(q.den(), q.num(), BigInteger::add);
        count++;
    }

    /** Adds n / d for small integers, the common case (sessions over planned sessions). */
    void add(long n, long d) {
        add(Q.of(n, d));
    }

    long count() {
        return count;
    }

    Q sum() {
        Q total = Q.ZERO;
        for (Map.Entry<BigInteger, BigInteger> e : byDenominator.entrySet()) {
            total = total.add(new Q(e.getValue(), e.getKey()));
        }
        return total;
    }
}
