package nl.procesevaluatie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DatePattern against details.md rules 18 and 19. */
class DatePatternTests {

    private static final LocalDate JAN_3 = LocalDate.of(2022, 1, 3);

    private static LocalDate parse(String pattern, String cell) {
        return DatePattern.compile(pattern).parse(cell);
    }

    @Nested
    class DigitCounts {

        @Test
        void single_letters_take_one_or_two_digits() {
            assertThat(parse("d-M-yyyy", "3-1-2022")).isEqualTo(JAN_3);
            assertThat(parse("d-M-yyyy", "03-01-2022")).isEqualTo(JAN_3);
            assertThat(parse("d-M-yyyy", "3-01-2022")).isEqualTo(JAN_3);
            assertThat(parse("d-M-yyyy", "31-12-2022")).isEqualTo(LocalDate.of(2022, 12, 31));
        }

        @Test
        void single_letters_take_no_more_than_two_digits() {
            assertThat(parse("d-M-yyyy", "003-1-2022")).isNull();
            assertThat(parse("d-M-yyyy", "3-001-2022")).isNull();
        }

        @Test
        void double_letters_take_exactly_two_digits() {
            assertThat(parse("dd-MM-yyyy", "03-01-2022")).isEqualTo(JAN_3);
            assertThat(parse("dd-MM-yyyy", "3-1-2022")).isNull();
            assertThat(parse("dd-MM-yyyy", "03-1-2022")).isNull();
            assertThat(parse("dd-MM-yyyy", "3-01-2022")).isNull();
        }

        @Test
        void yyyy_takes_four_digits() {
            assertThat(parse("yyyy-MM-dd", "2022-01-03")).isEqualTo(JAN_3);
            assertThat(parse("yyyy-MM-dd", "22-01-03")).isNull();
            assertThat(parse("yyyy-MM-dd", "02022-01-03")).isNull();
        }

        @Test
        void yy_takes_two_digits_meaning_20yy() {
            assertThat(parse("dd-MM-yy", "03-01-22")).isEqualTo(JAN_3);
            assertThat(parse("dd-MM-yy", "03-01-99")).isEqualTo(LocalDate.of(2099, 1, 3));
            assertThat(parse("dd-MM-yy", "03-01-00")).isEqualTo(LocalDate.of(2000, 1, 3));
            assertThat(parse("dd-MM-yy", "03-01-2022")).isNull();
        }

        @Test
        void letters_may_be_adjacent() {
            assertThat(parse("yyyyMMdd", "20220103")).isEqualTo(JAN_3);
            assertThat(parse("yyyyMMdd", "2022013")).isNull();
        }

        @Test
        void fractions_of_a_second_take_as_many_digits_as_letters() {
            assertThat(parse("yyyy-MM-dd HH:mm:ss.SSS", "2022-01-03 10:00:00.123")).isEqualTo(JAN_3);
            assertThat(parse("yyyy-MM-dd HH:mm:ss.SSS", "2022-01-03 10:00:00.12")).isNull();
            assertThat(parse("yyyy-MM-dd HH:mm:ss.SSS", "2022-01-03 10:00:00.1234")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"٠٣-٠١-٢٠٢٢", "０３-０１-２０２２", "03-01-२०२२", "03-01-202２"})
        void only_ascii_digits_are_digits(String cell) {
            assertThat(parse("dd-MM-yyyy", cell)).isNull();
            assertThat(parse("d-M-yyyy", cell)).isNull();
        }
    }

    @Nested
    class ImpossibleDatesAndTimes {

        @ParameterizedTest
        @ValueSource(strings = {"31-02-2022", "29-02-2023", "00-01-2022", "32-01-2022", "01-13-2022", "01-00-2022", "31-04-2022"})
        void never_match(String cell) {
            assertThat(parse("dd-MM-yyyy", cell)).isNull();
        }

        @Test
        void a_leap_day_matches_in_a_leap_year() {
            assertThat(parse("dd-MM-yyyy", "29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-01-03 25:00:00", "2022-01-03 24:00:00", "2022-01-03 10:60:00", "2022-01-03 10:00:60"})
        void impossible_times_never_match(String cell) {
            assertThat(parse("yyyy-MM-dd HH:mm:ss", cell)).isNull();
        }
    }

    @Nested
    class TimeParts {

        @Test
        void a_time_part_is_dropped() {
            assertThat(parse("yyyy-MM-dd HH:mm:ss", "2022-01-03 23:59:59")).isEqualTo(JAN_3);
            assertThat(parse("yyyy-MM-dd HH:mm:ss", "2022-01-03 00:00:00")).isEqualTo(JAN_3);
            assertThat(parse("d-M-yyyy H:m", "3-1-2022 9:5")).isEqualTo(JAN_3);
        }

        @Test
        void a_value_with_a_time_needs_a_pattern_with_one_and_the_other_way_round() {
            assertThat(parse("yyyy-MM-dd", "2022-01-03 10:00:00")).isNull();
            assertThat(parse("yyyy-MM-dd HH:mm:ss", "2022-01-03")).isNull();
            assertThat(parse("yyyy-MM-dd HH:mm:ss", "2022-01-03 10:00")).isNull();
        }

        @Test
        void quoted_literals_stand_for_themselves() {
            assertThat(parse("yyyy-MM-dd'T'HH:mm:ss", "2022-01-03T10:15:30")).isEqualTo(JAN_3);
            assertThat(parse("yyyy-MM-dd'T'HH:mm:ss", "2022-01-03 10:15:30")).isNull();
            assertThat(parse("yyyy-MM-dd'T'HH:mm:ss'Z'", "2022-01-03T10:15:30Z")).isEqualTo(JAN_3);
            assertThat(parse("'dag 'd' van 'M yyyy", "dag 3 van 1 2022")).isEqualTo(JAN_3);
        }

        @Test
        void other_characters_stand_for_themselves_and_are_not_regular_expressions() {
            assertThat(parse("dd.MM.yyyy", "03.01.2022")).isEqualTo(JAN_3);
            assertThat(parse("dd.MM.yyyy", "03x01x2022")).isNull();
            assertThat(parse("dd/MM/yyyy", "03/01/2022")).isEqualTo(JAN_3);
            assertThat(parse("(dd) MM+yyyy", "(03) 01+2022")).isEqualTo(JAN_3);
        }
    }

    @Nested
    class WholeCell {

        @ParameterizedTest
        @ValueSource(strings = {"2022-01-03x", "x2022-01-03", "2022-01-03 ", "", "2022-01-03\n"})
        void the_whole_cell_must_match(String cell) {
            assertThat(parse("yyyy-MM-dd", cell)).isNull();
        }

        @Test
        void patterns_are_tried_in_order() {
            // given: dd-MM-yyyy and MM-dd-yyyy both match 03-01-2022
            List<DatePattern> patterns = List.of(DatePattern.compile("dd-MM-yyyy"), DatePattern.compile("MM-dd-yyyy"));

            // then
            assertThat(DatePattern.parseAny(patterns, "03-01-2022")).isEqualTo(JAN_3);
            assertThat(DatePattern.parseAny(patterns, "01-31-2022")).isEqualTo(LocalDate.of(2022, 1, 31));
            assertThat(DatePattern.parseAny(patterns, "2022-01-03")).isNull();
        }

        @Test
        void the_default_is_iso() {
            assertThat(DatePattern.ISO.text()).isEqualTo("yyyy-MM-dd");
            assertThat(DatePattern.ISO.parse("2022-01-03")).isEqualTo(JAN_3);
            assertThat(DatePattern.ISO.parse("2022-1-3")).isNull();
        }
    }

    @Nested
    class InvalidPatterns {

        @ParameterizedTest
        @ValueSource(strings = {"dd-MMM-yyyy", "ddd-MM-yyyy", "yyy-MM-dd", "yyyyy-MM-dd", "dd-MM-yyyy hh:mm", "dd-MM-yyyy HH:mm a",
                "EEE dd-MM-yyyy", "dd-MM-uuuu", "dd-MM", "MM-yyyy", "dd-yyyy", "HH:mm", "yyyy-MM-dd'T", "'dd-MM-yyyy",
                "dd-MM-yyyy HHH"})
        void are_rejected(String pattern) {
            assertThatThrownBy(() -> DatePattern.compile(pattern)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(pattern);
        }

        @ParameterizedTest
        @ValueSource(strings = {"d-M-yy", "yyyy-MM-dd'T'HH:mm:ss", "dd-MM-yyyy HH:mm:ss.SSSSSS", "'y'yyyy-MM-dd"})
        void are_accepted(String pattern) {
            assertThat(DatePattern.compile(pattern).text()).isEqualTo(pattern);
        }

        @Test
        void a_letter_inside_quotes_is_a_literal() {
            assertThat(parse("'y'yyyy-MM-dd", "y2022-01-03")).isEqualTo(JAN_3);
            assertThat(parse("'MMM 'dd-MM-yyyy", "MMM 03-01-2022")).isEqualTo(JAN_3);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "yyyy-MM-dd|2024-01-31", "d-M-yyyy|31-1-2024", "dd/MM/yy|31/01/24", "yyyy-MM-dd'T'HH:mm:ss'Z'|2024-01-31T13:45:00Z",
            "dd-MM-yyyy HH:mm|31-01-2024 13:45", "yyyy-MM-dd HH:mm:ss.SSS|2024-01-31 13:45:00.000", "d 'of' M yyyy|31 of 1 2024"})
    void an_example_shows_what_a_date_in_the_pattern_looks_like_and_parses_back(String pattern, String example) {
        assertThat(DatePattern.compile(pattern).example()).isEqualTo(example);
        assertThat(parse(pattern, example)).isEqualTo(LocalDate.of(2024, 1, 31));
    }
}
