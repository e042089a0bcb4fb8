package nl.procesevaluatie.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** details.md rule 55: a reject's value is its trimmed cell cut to the first 16,000 characters. */
class RejectRecordTests {
    @Test
    void aLongValueIsCutToItsFirst16000CharactersAndAShortOneIsKept() {
        String huge = "x".repeat(20_000);
        assertThat(new RejectRecord(2, "date", huge, "not a date").value()).hasSize(16_000);
        assertThat(new RejectRecord(2, "date", "x".repeat(16_000), "r").value()).hasSize(16_000);
        assertThat(new RejectRecord(2, "date", "3-1-2022", "r").value()).isEqualTo("3-1-2022");
    }

    @Test
    void theCutCountsCodePointsAndNeverSplitsASurrogatePair() {
        // 15,999 x's and then emoji: 16,000 characters are the x's and one whole emoji (two UTF-16 units)
        String value = "x".repeat(15_999) + "\uD83D\uDE00\uD83D\uDE00";
        String cut = new RejectRecord(2, "f", value, "r").value();
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(16_000);
        assertThat(cut).endsWith("\uD83D\uDE00").hasSize(16_001);
    }
}
