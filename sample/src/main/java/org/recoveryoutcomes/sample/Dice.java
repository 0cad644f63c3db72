package org.recoveryoutcomes.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. Everything is derived from {@link SplittableRandom#nextLong()} with
 * our own arithmetic and {@link StrictMath}, so the same seed gives the same files on every JVM and CPU: the
 * bounded and Gaussian helpers of {@code java.util.random} are not specified bit for bit across releases.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one project's draws do not shift another's. */
    Dice split() {
        return new Dice(random.split());
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * uniform();
    }

    /** Uniform integer in [lo, hi], both included. */
    int between(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
        }
        return lo + (int) StrictMath.floor(uniform() * (hi - lo + 1));
    }

    boolean chance(double p) {
        return uniform() < p;
    }

    /** Standard normal by Box–Muller (one value per call, nothing cached). */
    double normal() {
        double u1 = 1.0 - uniform();
        double u2 = uniform();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double normal(double mean, double sd) {
        return mean + sd * normal();
    }

    /** Poisson by Knuth's product method; fine for the small means used here. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        double product = uniform();
        int n = 0;
        while (product > limit) {
            n++;
            product *= uniform();
        }
        return n;
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - uniform());
    }

    /** The index drawn with probability proportional to its weight. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = uniform() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(between(0, items.size() - 1));
    }
}
