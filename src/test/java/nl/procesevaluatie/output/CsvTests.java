package nl.procesevaluatie.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The formula guard of details.md rule 53 and the cases beyond it that Dutch Excel would still run; the quoting of rule 52. */
class CsvTests {
    @Test
    void aFormulaAfterASemicolonOrTabIsGuardedBecauseDutchExcelSplitsThere() {
        assertThat(Csv.guard("Ouder;=cmd|' /C calc'!A0")).isEqualTo("'Ouder;=cmd|' /C calc'!A0");
        assertThat(Csv.guard("a\t+1+1")).isEqualTo("'a\t+1+1");
        assertThat(Csv.guard("x; @SUM(A1)")).isEqualTo("'x; @SUM(A1)");
        assertThat(Csv.guard("x;\"-2+3")).isEqualTo("'x;\"-2+3");
        // a quoted multi-line cell becomes a new row in Excel when it splits on ';'
        assertThat(Csv.guard("opmerking\n=HYPERLINK(\"http://x\")")).isEqualTo("'opmerking\n=HYPERLINK(\"http://x\")");
    }

    @Test
    void rule53StillHoldsAndNumbersAndPlainTextsAreUnchanged() {
        assertThat(Csv.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.guard("-0.5")).isEqualTo("-0.5");
        assertThat(Csv.guard("+3e5")).isEqualTo("+3e5");
        assertThat(Csv.guard("-")).isEqualTo("'-");
        assertThat(Csv.guard("Ouder;Kind")).isEqualTo("Ouder;Kind");
        assertThat(Csv.guard("a - b; c")).isEqualTo("a - b; c");
        assertThat(Csv.guard("'al beschermd")).isEqualTo("'al beschermd");
        assertThat(Csv.guard("")).isEmpty();
    }

    @Test
    void bidirectionalControlsAreShownAsVisibleCodes() {
        // "Trojan source": U+202E would show the file name reversed, as harmless-looking "fdp.exe..."
        assertThat(Csv.guard("registraties\u202Efdp.exe")).isEqualTo("registraties[U+202E]fdp.exe");
        assertThat(Csv.write(Csv.FORMAT, List.of(List.of("\u2066a\u2069", "b\u200F", "\u061Cc", "\u202Ad\u202C"))))
                .isEqualTo("[U+2066]a[U+2069],b[U+200F],[U+061C]c,[U+202A]d[U+202C]\n");
        // a control in front of a formula does not hide the formula once it is made visible
        assertThat(Csv.guard("\u200E=1+1")).isEqualTo("[U+200E]=1+1");
    }

    @Test
    void theFormatQuotesOnlyWhereRule52Says() {
        // Commons CSV's MINIMAL quote mode would quote the empty first cell, " a", "#N/A", "!x" and "b "
        assertThat(Csv.write(Csv.FORMAT, List.of(Arrays.asList("", " a", "#N/A", "!x", "b ", null),
                List.of("a,b", "say \"hi\"", "two\nlines", "cr\rx", "plain"))))
                .isEqualTo(", a,#N/A,!x,b ,\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rx\",plain\n");
    }

    @Test
    void theGuardComesBeforeTheQuotesAndAHeaderIsWrittenAsItIs() {
        CSVFormat format = Csv.FORMAT.builder().setHeader("a", "b").get();
        assertThat(Csv.write(format, List.of(List.of("=1,2", "x;-y")))).isEqualTo("a,b\n\"'=1,2\",'x;-y\n");
        assertThat(Csv.write(format, List.of())).isEqualTo("a,b\n");
    }
}
