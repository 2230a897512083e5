package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** Counts of one kind of record against the gold: matches, misses and false finds, with examples of each. */
final class Score {

    int truePositives;
    int predicted;
    int expected;
    final List<String> misses = new ArrayList<>();
    final List<String> falseFinds = new ArrayList<>();

    void add(Score other) {
        truePositives += other.truePositives;
        predicted += other.predicted;
        expected += other.expected;
        misses.addAll(other.misses);
        falseFinds.addAll(other.falseFinds);
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String kind) {
        return String.format("| %-26s | %4d | %4d | %4d | %5.3f | %5.3f | %5.3f |", kind, expected, predicted,
                truePositives, precision(), recall(), f1());
    }
}
