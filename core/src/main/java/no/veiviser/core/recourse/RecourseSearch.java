package no.veiviser.core.recourse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.predict.ChangeScorer;

/**
 * Searches for minimal sets of changes that make the decision policy pick a target class. Every
 * single change is tried (one per threshold interval, {@link ChangeCandidates}); pairs, then triples,
 * only while fewer sets than wanted have been found, over a beam of each feature's most promising
 * values (those that bring the class closest, by {@link DecisionPolicy#shortfall}); a set found is
 * then made cheaper one feature at a time, and kept only if no smaller part of it already reaches
 * the class. The cheapest set of each combination of features is kept, so results differ in which
 * features they change. An evaluation budget bounds the work.
 */
final class RecourseSearch {
    /** Values of each feature tried together with other features, for pairs and for triples. */
    static final int PAIR_BEAM = 8;
    static final int TRIPLE_BEAM = 4;

    private final double[] base;
    private final ChangeScorer scorer;
    private final Calibration calibration;
    private final DecisionPolicy policy;
    private final int target;
    private final List<FeatureCandidates> candidates;
    private final int budget;
    private int evaluations;
    private boolean exhausted;
    /** Per candidate feature (index in candidates), per value: whether it alone reaches the target, and how close it gets. */
    private boolean[][] hits;
    private double[][] shortfalls;
    /** Cheapest set found per combination of candidate features. */
    private final Map<List<Integer>, ChangeSet> best = new HashMap<>();

    RecourseSearch(double[] base, ChangeScorer scorer, Calibration calibration, DecisionPolicy policy, int target,
                   List<FeatureCandidates> candidates, int budget) {
        this.base = base;
        this.scorer = scorer;
        this.calibration = calibration;
        this.policy = policy;
        this.target = target;
        this.candidates = candidates;
        this.budget = budget;
    }

    /**
     * A set of changes: candidate features (indexes in the candidate list) and the value index of each.
     */
    record ChangeSet(int[] members, int[] choices, double cost) {
        int size() {
            return members.length;
        }
    }

    int evaluations() {
        return evaluations;
    }

    /** Whether the budget ran out before the search was done. */
    boolean exhausted() {
        return exhausted;
    }

    /**
     * The sets found, fewest changes first, then cheapest; one per combination of features.
     *
     * @param wanted   stop looking at larger sets once this many are found
     * @param maxSize  the most features one set may change (1 to 3)
     */
    List<ChangeSet> run(int wanted, int maxSize) {
        singles();
        if (maxSize >= 2 && best.size() < wanted) {
            combinations(2, PAIR_BEAM);
        }
        if (maxSize >= 3 && best.size() < wanted) {
            combinations(3, TRIPLE_BEAM);
        }
        List<ChangeSet> found = new ArrayList<>(best.values());
        found.sort(Comparator.comparingInt(ChangeSet::size).thenComparingDouble(ChangeSet::cost)
                .thenComparing(s -> Arrays.toString(s.members())));
        return found;
    }

    private void singles() {
        hits = new boolean[candidates.size()][];
        shortfalls = new double[candidates.size()][];
        for (int m = 0; m < candidates.size(); m++) {
            FeatureCandidates feature = candidates.get(m);
            hits[m] = new boolean[feature.size()];
            shortfalls[m] = new double[feature.size()];
            Arrays.fill(shortfalls[m], Double.POSITIVE_INFINITY);
            ChangeScorer.Varying varying = scorer.varying(feature.feature());
            for (int i = 0; i < feature.size() && spend(); i++) {
                double[] p = probabilities(varying, new int[] {m}, new int[] {i});
                shortfalls[m][i] = policy.shortfall(p, target);
                hits[m][i] = policy.decide(p) == target;
                if (hits[m][i]) {
                    // values are in increasing order of cost: the first hit is the cheapest
                    offer(new int[] {m}, new int[] {i});
                    break;
                }
            }
        }
    }

    /** Every combination of {@code size} features, each over its beam of values. */
    private void combinations(int size, int beamWidth) {
        int[][] beams = new int[candidates.size()][];
        for (int m = 0; m < candidates.size(); m++) {
            beams[m] = beam(m, beamWidth);
        }
        for (int[] members : subsets(candidates.size(), size)) {
            if (exhausted) {
                return;
            }
            ChangeScorer.Varying varying = scorer.varying(features(members));
            int[] choices = new int[size];
            ChangeSet cheapest = null;
            int[] counters = new int[size];
            boolean more = Arrays.stream(members).allMatch(m -> beams[m].length > 0);
            while (more && spend()) {
                for (int k = 0; k < size; k++) {
                    choices[k] = beams[members[k]][counters[k]];
                }
                double cost = cost(members, choices);
                if ((cheapest == null || cost < cheapest.cost()) && reaches(varying, members, choices)) {
                    cheapest = new ChangeSet(members.clone(), choices.clone(), cost);
                }
                more = next(counters, members, beams);
            }
            if (cheapest != null) {
                ChangeSet polished = polish(varying, cheapest);
                if (minimal(polished)) {
                    offer(polished.members(), polished.choices());
                }
            }
        }
    }

    /** A feature's values not reaching the target alone, closest to it first, at most width of them. */
    private int[] beam(int m, int width) {
        Integer[] order = new Integer[hits[m].length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        FeatureCandidates feature = candidates.get(m);
        return Arrays.stream(order)
                .filter(i -> !hits[m][i] && shortfalls[m][i] != Double.POSITIVE_INFINITY)
                .sorted(Comparator.<Integer>comparingDouble(i -> shortfalls[m][i]).thenComparingDouble(i -> feature.costs()[i]))
                .limit(width).mapToInt(Integer::intValue).toArray();
    }

    /** Lowers each member's value to a cheaper one while the set still reaches the target. */
    private ChangeSet polish(ChangeScorer.Varying varying, ChangeSet set) {
        int[] choices = set.choices().clone();
        boolean improved = true;
        while (improved && !exhausted) {
            improved = false;
            for (int k = 0; k < choices.length; k++) {
                int m = set.members()[k];
                for (int i = 0; i < candidates.get(m).size() && candidates.get(m).costs()[i] < candidates.get(m).costs()[choices[k]]; i++) {
                    if (hits[m][i] || !spend()) {
                        continue;
                    }
                    int previous = choices[k];
                    choices[k] = i;
                    if (reaches(varying, set.members(), choices)) {
                        improved = true;
                        break;
                    }
                    choices[k] = previous;
                }
            }
        }
        return new ChangeSet(set.members(), choices, cost(set.members(), choices));
    }

    /**
     * Whether no part of a set reaches the target alone. Single values are known from the singles
     * pass; a reaching pair inside a triple is kept as a pair instead.
     */
    private boolean minimal(ChangeSet set) {
        for (int k = 0; k < set.size(); k++) {
            if (hits[set.members()[k]][set.choices()[k]]) {
                return false;
            }
        }
        if (set.size() < 3) {
            return true;
        }
        boolean minimal = true;
        for (int drop = 0; drop < 3; drop++) {
            int[] members = new int[2];
            int[] choices = new int[2];
            for (int k = 0, j = 0; k < 3; k++) {
                if (k != drop) {
                    members[j] = set.members()[k];
                    choices[j++] = set.choices()[k];
                }
            }
            if (spend() && reaches(scorer.varying(features(members)), members, choices)) {
                offer(members, choices);
                minimal = false;
            }
        }
        return minimal;
    }

    private void offer(int[] members, int[] choices) {
        ChangeSet set = new ChangeSet(members.clone(), choices.clone(), cost(members, choices));
        List<Integer> key = Arrays.stream(members).boxed().toList();
        ChangeSet known = best.get(key);
        if (known == null || set.cost() < known.cost()) {
            best.put(key, set);
        }
    }

    private boolean reaches(ChangeScorer.Varying varying, int[] members, int[] choices) {
        return policy.decide(probabilities(varying, members, choices)) == target;
    }

    private double[] probabilities(ChangeScorer.Varying varying, int[] members, int[] choices) {
        double[] values = base.clone();
        for (int k = 0; k < members.length; k++) {
            FeatureCandidates feature = candidates.get(members[k]);
            values[feature.feature()] = feature.values()[choices[k]];
        }
        return calibration.probabilities(varying.margins(values));
    }

    private double cost(int[] members, int[] choices) {
        double cost = 0;
        for (int k = 0; k < members.length; k++) {
            cost += candidates.get(members[k]).costs()[choices[k]];
        }
        return cost;
    }

    private int[] features(int[] members) {
        return Arrays.stream(members).map(m -> candidates.get(m).feature()).toArray();
    }

    /** Counts one evaluation; false (and exhausted) once the budget is spent. */
    private boolean spend() {
        if (evaluations >= budget) {
            exhausted = true;
            return false;
        }
        evaluations++;
        return true;
    }

    /** Advances an odometer over the members' beams; false when it wraps around. */
    private static boolean next(int[] counters, int[] members, int[][] beams) {
        for (int k = counters.length - 1; k >= 0; k--) {
            if (++counters[k] < beams[members[k]].length) {
                return true;
            }
            counters[k] = 0;
        }
        return false;
    }

    /** Every increasing sequence of {@code size} numbers below n. */
    static List<int[]> subsets(int n, int size) {
        List<int[]> result = new ArrayList<>();
        collect(new int[size], 0, 0, n, result);
        return result;
    }

    private static void collect(int[] current, int position, int start, int n, List<int[]> result) {
        if (position == current.length) {
            result.add(current.clone());
            return;
        }
        for (int i = start; i < n; i++) {
            current[position] = i;
            collect(current, position + 1, i + 1, n, result);
        }
    }
}
