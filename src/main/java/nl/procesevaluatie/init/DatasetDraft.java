package nl.procesevaluatie.init;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One dataset or instrument of the draft, with the evidence for each setting (written as comments). */
final class DatasetDraft {
    /** A field mapped to a column, and why. */
    record Column(String field, String column, String why) {}

    /** An instrument item, with its observed range or tokens. */
    record Item(String column, String note) {}

    final FileGroups.FileGroup group;
    String role; // registrations, sessions or instrument
    String id;
    String kind;
    String kindWhy;
    String encoding;
    String encodingNote;
    Character delimiter;
    String delimiterNote;
    int skipRows;
    String skipNote;
    DateGuess dates;
    char decimal = '.';
    String decimalNote;
    final List<String> missing = new ArrayList<>();
    String missingNote;
    final List<Column> columns = new ArrayList<>();
    final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    final List<String> valueNotes = new ArrayList<>();
    String componentsSeparator;
    BigDecimal scaleMin;
    BigDecimal scaleMax;
    String scaleNote;
    List<BigDecimal> negative;
    List<BigDecimal> positive;
    final List<Item> items = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    DatasetDraft(FileGroups.FileGroup group) {
        this.group = group;
    }

    String column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).map(Column::column).findFirst().orElse(null);
    }
}
