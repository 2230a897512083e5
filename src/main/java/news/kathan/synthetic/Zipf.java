package news.kathan.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks drawn with probability proportional to 1 / rank^exponent, as who gets quoted in the news is: a few people
 * very often, most rarely. The cumulative weights are a prefix sum, so drawing among the first n ranks gives the
 * same ranks whatever the largest n is, which keeps article i the same as the archive grows.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int ranks, double exponent) {
        cumulative = new double[ranks];
        double sum = 0;
        for (int k = 0; k < ranks; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    /** A rank in [0, n), rank 0 the most likely. */
    int draw(SplittableRandom random, int n) {
        if (n < 1 || n > cumulative.length) {
            throw new IllegalArgumentException("Draw among 1.." + cumulative.length + " ranks, not " + n);
        }
        double u = random.nextDouble() * cumulative[n - 1];
        int at = Arrays.binarySearch(cumulative, 0, n, u);
        return Math.min(n - 1, at >= 0 ? at + 1 : -at - 1);
    }

    int ranks() {
        return cumulative.length;
    }
}
