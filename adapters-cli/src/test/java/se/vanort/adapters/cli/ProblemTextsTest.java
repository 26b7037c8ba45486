package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.adapters.cli.file.FileProblem;
import se.vanort.adapters.cli.file.ReadingProblem;
import se.vanort.adapters.cli.file.ReadingProblem.Kind;
import se.vanort.adapters.cli.file.ReadingProblem.Shape;
import se.vanort.adapters.cli.file.RegisterFileException;
import se.vanort.adapters.cli.file.RegisterFiles;

/**
 * The register reader's problems are said in Swedish from their kind and arguments: the English
 * words of a problem play no part (each case below carries words that match no kind).
 */
class ProblemTextsTest {
  private static final ProblemTexts SWEDISH = new ProblemTexts(new Texts(Language.SV));
  private static final ProblemTexts ENGLISH = new ProblemTexts(new Texts(Language.EN));

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(problem(Kind.REQUIRED), "måste anges", "is required"),
        Arguments.of(problem(Kind.EMPTY_ENTRY), "är en tom post; ta bort den eller fyll i den",
            "is an empty entry; remove it or fill it in"),
        Arguments.of(problem(Kind.EXPECTED, Shape.LIST, Shape.MAPPING), "en lista väntades, men här står en uppsättning fält",
            "expected a list, found a mapping"),
        Arguments.of(problem(Kind.UNKNOWN_FIELD_ALONE, "hostt"), "okänt fält 'hostt'", "unknown field 'hostt'"),
        Arguments.of(problem(Kind.UNKNOWN_FIELD, "zzz", "date, host"), "okänt fält 'zzz'; fälten är: date, host",
            "unknown field 'zzz'; known fields: date, host"),
        Arguments.of(problem(Kind.UNKNOWN_FIELD_CLOSEST, "hostt", "host", "date, host"),
            "okänt fält 'hostt'; menade du 'host'? Fälten är: date, host",
            "unknown field 'hostt'; did you mean 'host'? Known fields: date, host"),
        Arguments.of(problem(Kind.NOT_A_DATE, "2023-13-01"),
            "'2023-13-01' är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2023-06-14",
            "'2023-13-01' is not a date; write it as YYYY-MM-DD (ISO 8601), e.g. 2023-06-14"),
        Arguments.of(problem(Kind.NOT_A_DAY, "13-01"), "'13-01' är ingen dag på året; skriv den som MM-DD, till exempel 06-30",
            "'13-01' is not a day of the year; write it as MM-DD, e.g. 06-30"),
        Arguments.of(problem(Kind.NOT_A_YEAR, "99999999"), "är inget årtal: 99999999", "is not a year: 99999999"),
        Arguments.of(problem(Kind.NOT_A_CODE, "x", "an agenda item", "a, b"), "'x' är ingen giltig kod här. Koderna: a, b",
            "'x' is not an agenda item; accepted: a, b"),
        Arguments.of(problem(Kind.NOT_A_CODE_CLOSEST, "norden", "an agenda item", "norden-meeting", "a, norden-meeting"),
            "'norden' är ingen giltig kod här; menade du 'norden-meeting'? Koderna: a, norden-meeting",
            "'norden' is not an agenda item; did you mean 'norden-meeting'? Accepted: a, norden-meeting"));
  }

  private static ReadingProblem problem(Kind kind, Object... values) {
    com.google.common.collect.ImmutableMap.Builder<String, Object> arguments = com.google.common.collect.ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      arguments.put(kind.arguments().get(i), values[i]);
    }
    return new ReadingProblem(kind, arguments.build());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void a_reading_problem_is_said_in_swedish_from_its_kind_not_from_its_words(ReadingProblem problem, String swedish,
      String english) {
    // the English words replaced by words of no kind: only the kind and its arguments are left to go by
    FileProblem garbled = new FileProblem("r.yaml", 3, 5, "events[0].date", "zzz", java.util.Optional.of(problem));

    assertThat(SWEDISH.of(garbled).message()).isEqualTo(swedish);
    assertThat(SWEDISH.of(garbled).toString()).isEqualTo("r.yaml:3:5: events[0].date: " + swedish);
    assertThat(ENGLISH.of(garbled).message()).isEqualTo(english);
    assertThat(problem.english()).isEqualTo(english);
  }

  @Test
  void every_kind_has_a_case_above() {
    Set<Kind> covered = EnumSet.noneOf(Kind.class);
    kinds().forEach(arguments -> covered.add(((ReadingProblem) arguments.get()[0]).kind()));

    assertThat(covered).containsExactlyInAnyOrder(Kind.values());
  }

  @Test
  void a_problem_of_no_kind_is_not_matched_by_the_words_of_a_reading_problem() {
    FileProblem text = new FileProblem("r.yaml", 0, 0, "", "is required");

    assertThat(SWEDISH.of(text).message()).isEqualTo("is required");
  }

  @Test
  void the_register_reader_reports_typed_problems() {
    String register = """
        perspective: { municipality: vimmerby, asOf: 2025-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE, names: x }
        events:
          - { id: e1, kind: conference, date: 2023-13-01, host: vimmerby }
        """;
    try {
      RegisterFiles.read(register, se.vanort.adapters.cli.file.RegisterFormat.YAML, "r.yaml");
      throw new AssertionError("the register was read");
    } catch (RegisterFileException e) {
      List<Kind> kinds = e.getProblems().stream().map(p -> p.reading().orElseThrow().kind()).toList();
      assertThat(kinds).containsExactly(Kind.UNKNOWN_FIELD_CLOSEST, Kind.NOT_A_DATE);
    }
  }
}
