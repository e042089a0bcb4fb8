package nl.procesevaluatie.indicators;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * An exact sum of many rationals. Terms are added per denominator (an integer addition, no gcd), and the
 * few distinct denominators are combined once at the end; summing a million scores stays cheap.
 */
final class QSum {
    /** Numerators per denominator while they fit in a long; the rare others as BigIntegers. */
    private final Map<Long, long[]> small = new HashMap<>();
    private final Map<BigInteger, BigInteger> big = new HashMap<>();
    private long count;

    void add(Q q) {
        if (q.num().bitLength() < 63 && q.den().bitLength() < 63) {
            addTerm(q.num().longValue(), q.den().longValue());
        } else {
            big.merge(q.den(), q.num(), BigInteger::add);
        }
        count++;
    }

    /** Adds n / d for a positive d, unreduced: terms over the same d are added as integers. */
    void add(long n, long d) {
        if (d <= 0) {
            throw new ArithmeticException("denominator " + d);
        }
        addTerm(n, d);
        count++;
    }

    private void addTerm(long n, long d) {
        long[] sum = small.computeIfAbsent(d, k -> new long[1]);
        long s = sum[0] + n;
        if (((sum[0] ^ s) & (n ^ s)) < 0) { // overflow: carry the long sum over to the exact map
            big.merge(BigInteger.valueOf(d), BigInteger.valueOf(sum[0]).add(BigInteger.valueOf(n)), BigInteger::add);
            sum[0] = 0;
        } else {
            sum[0] = s;
        }
    }

    long count() {
        return count;
    }

    Q sum() {
        Q total = Q.ZERO;
        for (Map.Entry<Long, long[]> e : small.entrySet()) {
            total = total.add(Q.of(e.getValue()[0], e.getKey()));
        }
        for (Map.Entry<BigInteger, BigInteger> e : big.entrySet()) {
            total = total.add(new Q(e.getValue(), e.getKey()));
        }
        return total;
    }
}
