package nl.procesevaluatie.benchmark;

/**
 * A small deterministic random source (SplitMix64) that can be re-seeded without allocating, so every
 * traject, row and response draws from its own stream: the same seed gives the same data whichever
 * nights are written, in whatever order.
 */
final class Rnd {
    private long state;

    Rnd(long seed) {
        this.state = seed;
    }

    Rnd reset(long seed) {
        this.state = seed;
        return this;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** The SplitMix64 finaliser: a well-mixed 64-bit hash of {@code z}. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for the stream named by the given parts. */
    static long key(long seed, long... parts) {
        long h = mix(seed + 0x632BE59BD9B4E019L);
        for (long p : parts) {
            h = mix(h ^ (p + 0x9E3779B97F4A7C15L));
        }
        return h;
    }
}
