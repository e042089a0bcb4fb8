package nl.procesevaluatie.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Test helpers: run the command in-process, compare CSV outputs the way ../shared/tools/compare.py does. */
public final class Outputs {
    static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();
    static final Path ACCEPTANCE = SHARED.resolve("acceptance");

    private Outputs() {}

    static int evaluate(String... args) {
        return Evaluate.run(List.of(args), System.out, System.err);
    }

    /** The rows of a CSV output with a header, as column name to cell. */
    public static List<Map<String, String>> read(Path csv) {
        try (CSVParser p = CSVParser.builder().setPath(csv).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Differences between an expected and an actual indicators.csv: numbers within 1e-4, texts exact. */
    static List<String> compareIndicators(Path expected, Path actual) {
        return compare(expected, actual, List.of("indicator", "scope", "scope_value", "period"),
                List.of("numerator", "denominator", "value", "target"), List.of("status", "suppressed"));
    }

    /** Differences between rejects.csv files on (file, line, dataset) -> (field, value); reasons are free text. */
    static List<String> compareRejects(Path expected, Path actual) {
        return compare(expected, actual, List.of("file", "line", "dataset"), List.of(), List.of("field", "value"));
    }

    private static List<String> compare(Path expected, Path actual, List<String> key, List<String> numbers, List<String> texts) {
        Map<List<String>, Map<String, String>> e = index(read(expected), key);
        Map<List<String>, Map<String, String>> a = index(read(actual), key);
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, String>> x : e.entrySet()) {
            Map<String, String> got = a.get(x.getKey());
            if (got == null) {
                diffs.add("missing " + x.getKey());
                continue;
            }
            for (String f : numbers) {
                String ev = x.getValue().get(f), av = got.get(f);
                boolean same = ev.isEmpty() || av.isEmpty() ? ev.equals(av)
                        : new BigDecimal(ev).subtract(new BigDecimal(av)).abs().compareTo(new BigDecimal("0.0001")) <= 0;
                if (!same) {
                    diffs.add(x.getKey() + " " + f + ": expected " + ev + " got " + av);
                }
            }
            for (String f : texts) {
                if (!x.getValue().get(f).equals(got.get(f))) {
                    diffs.add(x.getKey() + " " + f + ": expected " + x.getValue().get(f) + " got " + got.get(f));
                }
            }
        }
        a.keySet().stream().filter(k -> !e.containsKey(k)).forEach(k -> diffs.add("extra " + k));
        return diffs;
    }

    private static Map<List<String>, Map<String, String>> index(List<Map<String, String>> rows, List<String> key) {
        Map<List<String>, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            out.put(key.stream().map(r::get).toList(), r);
        }
        return out;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report without the lines that carry the run's own time. */
    static String reportWithoutRunTime(Path report) {
        return text(report).replaceAll("(<dd class=\"run-time\">)[^<]*(</dd>)", "$1$2");
    }
}
