package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

/** Order statistics and the paired effect size, on exact values. */
final class Statistics {
    private Statistics() {}

    /** The median; the mean of the two middle values for an even count; null for none. */
    static Q median(List<Long> values) {
        return percentile(values, Q.of(1, 2));
    }

    /** Percentile p by linear interpolation between closest ranks at (n-1)·p (numpy's default). */
    static Q percentile(List<Long> values, Q p) {
        return percentile(values.stream().mapToLong(Long::longValue).sorted().toArray(), p);
    }

    /** As {@link #percentile(List, Q)}, over values already sorted. */
    static Q percentile(long[] sorted, Q p) {
        if (sorted.length == 0) {
            return null;
        }
        Q h = Q.of(sorted.length - 1).multiply(p);
        BigInteger[] qr = h.num().divideAndRemainder(h.den());
        int lo = qr[0].intValueExact();
        Q fraction = new Q(qr[1], h.den());
        Q low = Q.of(sorted[lo]);
        if (lo + 1 >= sorted.length) {
            return low;
        }
        Q high = Q.of(sorted[lo + 1]);
        return low.add(high.subtract(low).multiply(fraction));
    }

    /** Cohen's d for paired data: mean / sample standard deviation; null with fewer than 2 or no spread. */
    static Q effectSize(List<Q> changes) {
        int n = changes.size();
        if (n < 2) {
            return null;
        }
        // sums per denominator; the sum of squared deviations is Σc² − (Σc)²/n, exactly
        QSum sum = new QSum();
        QSum sumOfSquares = new QSum();
        for (Q c : changes) {
            sum.add(c);
            sumOfSquares.add(c.multiply(c));
        }
        Q total = sum.sum();
        Q mean = total.divide(n);
        Q squares = sumOfSquares.sum().subtract(total.multiply(total).divide(n));
        Q variance = squares.divide(n - 1);
        if (variance.num().signum() == 0) {
            return null;
        }
        // d² = mean² / variance is rational; when it is the square of a rational, d is that rational exactly and
        // rounds once from the exact value (details.md rules 41, 51); otherwise d is irrational, never on a tie.
        Q square = mean.multiply(mean).divide(variance);
        BigInteger rootNum = square.num().sqrt();
        BigInteger rootDen = square.den().sqrt();
        if (rootNum.multiply(rootNum).equals(square.num()) && rootDen.multiply(rootDen).equals(square.den())) {
            Q exact = new Q(rootNum, rootDen);
            return mean.num().signum() < 0 ? exact.negate() : exact;
        }
        MathContext mc = new MathContext(40);
        BigDecimal sd = new BigDecimal(variance.num()).divide(new BigDecimal(variance.den()), mc).sqrt(mc);
        BigDecimal d = new BigDecimal(mean.num()).divide(new BigDecimal(mean.den()), mc).divide(sd, mc);
        return Q.of(d);
    }
}
