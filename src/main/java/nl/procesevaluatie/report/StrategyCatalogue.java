package nl.procesevaluatie.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.job.Strategies;

/**
 * Implementation strategies per barrier (a MIDI determinant, or its category as a fallback): the built-in
 * catalogue of {@code strategies.tsv}, taken from the seed texts (the implementation-plan guide's §7 and
 * the MIDI implementation tool), plus or instead of the job file's own ({@code strategies:}).
 */
final class StrategyCatalogue {
    /** One strategy as the report shows it. */
    record Entry(String barrier, Strategies.Type type, String text, String source) {}

    private static final List<String[]> BUILT_IN = load();

    private final List<Entry> entries;

    StrategyCatalogue(Strategies own, String language) {
        List<Entry> out = new ArrayList<>();
        if (own == null || !own.replace()) {
            Map<String, String> sources = new HashMap<>();
            for (String[] r : BUILT_IN) {
                if (r[0].equals("@source")) {
                    sources.put(r[1], language.equals("en") ? r[3] : r[2]);
                }
            }
            for (String[] r : BUILT_IN) {
                if (!r[0].equals("@source")) {
                    out.add(new Entry(r[0], Strategies.Type.valueOf(r[1]), language.equals("en") ? r[3] : r[2], sources.get(r[4])));
                }
            }
        }
        if (own != null) {
            // the job file's own come first: they are the evaluation's own practice
            List<Entry> mine = own.items().stream().map(s -> new Entry(s.barrier(), s.type(), s.text(), s.source())).toList();
            out.addAll(0, mine);
        }
        this.entries = List.copyOf(out);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The strategies for a determinant; those of its MIDI category when the catalogue has none for it. */
    List<Entry> forBarrier(String determinant, String category) {
        List<Entry> own = entries.stream().filter(e -> e.barrier().equals(determinant)).toList();
        if (!own.isEmpty() || category == null) {
            return own;
        }
        return entries.stream().filter(e -> e.barrier().equals(category)).toList();
    }

    private static List<String[]> load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StrategyCatalogue.class.getResourceAsStream("/report/strategies.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
