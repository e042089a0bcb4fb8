package nl.procesevaluatie.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula guard of details.md rule 53 and the cases beyond it that Dutch Excel would still run. */
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
        assertThat(Csv.line(List.of("\u2066a\u2069", "b\u200F", "\u061Cc", "\u202Ad\u202C")))
                .isEqualTo("[U+2066]a[U+2069],b[U+200F],[U+061C]c,[U+202A]d[U+202C]\n");
        // a control in front of a formula does not hide the formula once it is made visible
        assertThat(Csv.guard("\u200E=1+1")).isEqualTo("[U+200E]=1+1");
    }
}
