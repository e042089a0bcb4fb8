package nl.procesevaluatie.job;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one dataset's or instrument's exports are read. {@code delimiter} null means detect it from
 * the header line; {@code values} maps a field or item column to {source label: canonical text};
 * {@code key} is the settings' key path in the job file ({@code datasets.registrations}, {@code instruments[2]}), for messages.
 */
public record FileSettings(
        String files,
        Character delimiter,
        Charset encoding,
        List<DatePattern> dateFormats,
        char decimalSeparator,
        int skipRowsAfterHeader,
        Set<String> missingValues,
        Map<String, String> columns,
        Map<String, Map<String, String>> values,
        String componentsSeparator,
        String key) {

    /** Without the key path (for settings made in code): messages then name no key. */
    public FileSettings(String files, Character delimiter, Charset encoding, List<DatePattern> dateFormats, char decimalSeparator,
            int skipRowsAfterHeader, Set<String> missingValues, Map<String, String> columns, Map<String, Map<String, String>> values,
            String componentsSeparator) {
        this(files, delimiter, encoding, dateFormats, decimalSeparator, skipRowsAfterHeader, missingValues, columns, values,
                componentsSeparator, null);
    }

    public String dateFormatsText() {
        return String.join(" or ", dateFormats.stream().map(DatePattern::text).toList());
    }
}
