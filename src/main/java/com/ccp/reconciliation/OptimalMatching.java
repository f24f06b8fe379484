package com.ccp.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Bipartite matching of maximum cardinality and, among those, minimum total cost; remaining ties
 * are broken lexicographically: left nodes in index order each take the first right node of their
 * preference order that still allows an optimal matching.
 */
final class OptimalMatching {

    static final int NO_EDGE = -1;
    /** Beyond this many left nodes the exact tie-break costs too many solves (it is cubic and more). */
    private static final int EXACT_LIMIT = 100;

    private final int[][] cost;
    private final int lefts;
    private final int rights;

    /** {@code cost[i][j]} is the non-negative cost of pairing left i with right j, or {@link #NO_EDGE}. */
    private OptimalMatching(int[][] cost, int rights) {
        this.cost = cost;
        this.lefts = cost.length;
        this.rights = rights;
    }

    /**
     * The chosen partner of each left node, or -1. A left node prefers lower cost, then lower right
     * index; left nodes earlier in the array win ties.
     */
    static int[] solve(int[][] cost, int rights) {
        return new OptimalMatching(cost, rights).solve();
    }

    /** An optimal matching of the nodes still open: its size, its cost and each left node's partner. */
    private record Best(long size, long cost, int[] partner) {
    }

    private int[] solve() {
        if (lefts > EXACT_LIMIT) {
            return approximateTieBreak();
        }
        boolean[] leftOff = new boolean[lefts];
        boolean[] rightOff = new boolean[rights];
        Best current = best(leftOff, rightOff);
        int[] chosen = new int[lefts];
        Arrays.fill(chosen, -1);
        for (int i = 0; i < lefts; i++) {
            leftOff[i] = true;
            for (int j : preferences(i)) {
                if (rightOff[j]) {
                    continue;
                }
                rightOff[j] = true;
                // The current optimum already pairs i with j: what remains of it stays optimal.
                Best rest = current.partner()[i] == j ? without(current, i, j) : best(leftOff, rightOff);
                if (rest.size() + 1 == current.size() && rest.cost() + cost[i][j] == current.cost()) {
                    chosen[i] = j;
                    current = rest;
                    break;
                }
                rightOff[j] = false;
            }
        }
        return chosen;
    }

    /**
     * One solve whose costs add the left index as a tie-break smaller than one unit of real cost:
     * still maximum and cheapest, and among equals it favours matching earlier left nodes.
     */
    private int[] approximateTieBreak() {
        long unit = (long) lefts * lefts + 1;
        boolean fits = unit * (maxCost() + 1) < Integer.MAX_VALUE;
        int[][] perturbed = new int[lefts][rights];
        for (int i = 0; i < lefts; i++) {
            for (int j = 0; j < rights; j++) {
                perturbed[i][j] = cost[i][j] == NO_EDGE ? NO_EDGE
                        : fits ? (int) (cost[i][j] * unit + i) : cost[i][j];
            }
        }
        return new OptimalMatching(perturbed, rights).best(new boolean[lefts], new boolean[rights]).partner();
    }

    private int maxCost() {
        return Arrays.stream(cost).flatMapToInt(Arrays::stream).max().orElse(0);
    }

    private Best without(Best best, int i, int j) {
        int[] partner = best.partner().clone();
        partner[i] = -1;
        return new Best(best.size() - 1, best.cost() - cost[i][j], partner);
    }

    private List<Integer> preferences(int i) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < rights; j++) {
            if (cost[i][j] != NO_EDGE) {
                order.add(j);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(j -> cost[i][j]).thenComparingInt(j -> j));
        return order;
    }

    /** A maximum matching of minimum cost among the nodes not switched off. */
    private Best best(boolean[] leftOff, boolean[] rightOff) {
        Flow flow = new Flow(lefts + rights + 2);
        int source = lefts + rights;
        int sink = source + 1;
        List<int[]> pairs = new ArrayList<>(); // {left, right, edge index}
        for (int i = 0; i < lefts; i++) {
            if (!leftOff[i]) {
                flow.add(source, i, 0);
            }
        }
        for (int j = 0; j < rights; j++) {
            if (!rightOff[j]) {
                flow.add(lefts + j, sink, 0);
            }
        }
        for (int i = 0; i < lefts; i++) {
            for (int j = 0; j < rights; j++) {
                if (!leftOff[i] && !rightOff[j] && cost[i][j] != NO_EDGE) {
                    pairs.add(new int[] {i, j, flow.add(i, lefts + j, cost[i][j])});
                }
            }
        }
        long[] sizeAndCost = flow.run(source, sink);
        int[] partner = new int[lefts];
        Arrays.fill(partner, -1);
        for (int[] pair : pairs) {
            if (flow.used(pair[2])) {
                partner[pair[0]] = pair[1];
            }
        }
        return new Best(sizeAndCost[0], sizeAndCost[1], partner);
    }

    /** Unit-capacity min-cost flow by successive shortest paths (Bellman-Ford: residual costs go negative). */
    private static final class Flow {
        private final int nodes;
        private final List<int[]> edges = new ArrayList<>(); // {from, to, cost, capacity}

        Flow(int nodes) {
            this.nodes = nodes;
        }

        int add(int from, int to, int cost) {
            edges.add(new int[] {from, to, cost, 1});
            edges.add(new int[] {to, from, -cost, 0});
            return edges.size() - 2;
        }

        boolean used(int edge) {
            return edges.get(edge)[3] == 0;
        }

        long[] run(int source, int sink) {
            long size = 0;
            long total = 0;
            while (true) {
                long[] distance = new long[nodes];
                int[] via = new int[nodes];
                Arrays.fill(distance, Long.MAX_VALUE);
                Arrays.fill(via, -1);
                distance[source] = 0;
                relax(distance, via);
                if (distance[sink] == Long.MAX_VALUE) {
                    return new long[] {size, total};
                }
                for (int node = sink; node != source; node = edges.get(via[node])[0]) {
                    edges.get(via[node])[3]--;
                    edges.get(via[node] ^ 1)[3]++;
                }
                size++;
                total += distance[sink];
            }
        }

        private void relax(long[] distance, int[] via) {
            boolean changed = true;
            for (int round = 0; round < nodes && changed; round++) {
                changed = false;
                for (int e = 0; e < edges.size(); e++) {
                    int[] edge = edges.get(e);
                    if (edge[3] > 0 && distance[edge[0]] != Long.MAX_VALUE
                            && distance[edge[0]] + edge[2] < distance[edge[1]]) {
                        distance[edge[1]] = distance[edge[0]] + edge[2];
                        via[edge[1]] = e;
                        changed = true;
                    }
                }
            }
        }
    }
}
