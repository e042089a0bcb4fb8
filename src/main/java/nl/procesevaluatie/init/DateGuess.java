package nl.procesevaluatie.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.procesevaluatie.job.DatePattern;

/**
 * The date patterns that read a dataset's dates, chosen from the values: the pattern that reads most of
 * them first, then any that read the rest. Dutch day-month order comes first in a tie, so {@code 5/8/2023}
 * is 5 August unless a value such as {@code 5/15/2023} shows month-day order.
 *
 * @param patterns the patterns for {@code date_format}, in order
 * @param evidence per pattern, how many of the values it reads ("92 of 92 values match d-M-yyyy")
 */
record DateGuess(List<String> patterns, List<String> evidence, int values, int unread) {

    private static final List<String> DAYS = List.of("yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "M/d/yyyy", "d.M.yyyy", "yyyy/M/d", "d-M-yy");
    private static final List<String> TIMES = List.of("", " H:mm:ss", " H:mm", "'T'H:mm:ss", "'T'H:mm:ss'Z'", "'T'H:mm:ss.SSS'Z'",
            "'T'H:mm:ss.SSS");
    static final List<String> CANDIDATES;
    private static final Map<String, DatePattern> COMPILED = new LinkedHashMap<>();
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}([ T].*)?");

    static {
        List<String> all = new ArrayList<>();
        for (String d : DAYS) {
            for (String t : TIMES) {
                if (t.startsWith("'T'") && !d.equals("yyyy-MM-dd")) {
                    continue; // ISO 8601 only puts a T between an ISO date and its time
                }
                all.add(d + t);
            }
        }
        CANDIDATES = List.copyOf(all);
        CANDIDATES.forEach(p -> COMPILED.put(p, DatePattern.compile(p)));
    }

    /** A quick test for a value that some candidate might read (used to spot label rows). */
    static boolean looksLikeDate(String v) {
        return DATE_LIKE.matcher(v).matches();
    }

    /** Whether a candidate reads the value. */
    static boolean anyMatches(String v) {
        if (!looksLikeDate(v)) {
            return false;
        }
        for (DatePattern p : COMPILED.values()) {
            if (p.parse(v) != null) {
                return true;
            }
        }
        return false;
    }

    /** The patterns that read the values, given with their counts (at most three); none when no pattern reads any. */
    static DateGuess of(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> remaining = new LinkedHashMap<>(counts);
        List<String> chosen = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        while (chosen.size() < 3 && !remaining.isEmpty()) {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, DatePattern> c : COMPILED.entrySet()) {
                int n = 0;
                for (Map.Entry<String, Integer> v : remaining.entrySet()) {
                    if (c.getValue().parse(v.getKey()) != null) {
                        n += v.getValue();
                    }
                }
                if (n > bestCount) {
                    best = c.getKey();
                    bestCount = n;
                }
            }
            if (best == null) {
                break;
            }
            DatePattern p = COMPILED.get(best);
            List<String> read = remaining.keySet().stream().filter(v -> p.parse(v) != null).toList();
            evidence.add(bestCount + " of " + total + " values match " + best + " (e.g. " + examples(read) + ")");
            chosen.add(best);
            remaining.keySet().removeIf(v -> p.parse(v) != null);
        }
        int unread = remaining.values().stream().mapToInt(Integer::intValue).sum();
        return new DateGuess(List.copyOf(chosen), List.copyOf(evidence), total, unread);
    }

    /** Up to two distinct example values, the second of another shape when there is one (12-6-2021 beside 04-06-2021). */
    private static String examples(List<String> read) {
        String first = read.get(0);
        String other = read.stream().filter(v -> v.length() != first.length()).findFirst()
                .orElse(read.stream().filter(v -> !v.equals(first)).findFirst().orElse(null));
        return other == null ? first : first + ", " + other;
    }
}
