package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Shares and means are kept exact and rounded once, on output (details.md
 * rules 41 and 51): 35/9 or a sum of twelfths cannot be held exactly by a double or a decimal.
 */
public record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
    public static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
    public static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    public Q {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            // the common case, shares of counts: a gcd on longs instead of BigInteger's allocating one
            long n = num.longValueExact();
            long d = den.longValueExact();
            long g = gcd(Math.abs(n), d);
            if (g > 1) {
                num = BigInteger.valueOf(n / g);
                den = BigInteger.valueOf(d / g);
            }
        } else {
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static Q of(long n) {
        return new Q(BigInteger.valueOf(n), BigInteger.ONE);
    }

    public static Q of(long n, long d) {
        return new Q(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    public static Q of(BigDecimal d) {
        return d.scale() <= 0 ? new Q(d.toBigIntegerExact(), BigInteger.ONE)
                : new Q(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public Q add(Q o) {
        return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Q subtract(Q o) {
        return add(o.negate());
    }

    public Q negate() {
        return new Q(num.negate(), den);
    }

    public Q multiply(Q o) {
        return new Q(num.multiply(o.num), den.multiply(o.den));
    }

    public Q divide(Q o) {
        return new Q(num.multiply(o.den), den.multiply(o.num));
    }

    public Q divide(long n) {
        return new Q(num, den.multiply(BigInteger.valueOf(n)));
    }

    /** The smallest integer at least this value. */
    public BigInteger ceil() {
        BigInteger[] qr = num.divideAndRemainder(den);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    public boolean isWhole() {
        return den.equals(BigInteger.ONE);
    }

    /** Rounded half away from zero to the given number of decimals. */
    public BigDecimal round(int decimals) {
        return new BigDecimal(num).divide(new BigDecimal(den), decimals, RoundingMode.HALF_UP);
    }

    public double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), 17, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Q o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return num + "/" + den;
    }
}
