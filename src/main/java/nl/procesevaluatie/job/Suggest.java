package nl.procesevaluatie.job;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the allowed key nearest to a misspelt one, so a typo is fixed in one go. */
final class Suggest {
    private Suggest() {}

    /** The closest allowed key, or null when none is close enough to be a likely typo. */
    static String closest(String typed, Collection<String> allowed) {
        if (allowed == null || typed.isEmpty()) {
            return null;
        }
        String t = normal(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed.stream().sorted().toList()) {
            String n = normal(a);
            int d;
            if (n.equals(t)) {
                d = 0; // case, spaces or hyphens only: "Planned-Sessions"
            } else if (t.length() >= 4 && (n.startsWith(t) || t.startsWith(n))) {
                d = 1; // a shortened or lengthened key: "attended" for attended_at_least
            } else {
                d = distance(t, n);
                if (d > Math.max(1, Math.min(3, n.length() / 4))) {
                    continue;
                }
            }
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    /** Optimal string alignment distance: a swapped pair of letters ("titel") counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
