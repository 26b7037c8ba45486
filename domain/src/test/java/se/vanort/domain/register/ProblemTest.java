package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ProblemTest {
  @Test
  void problems_are_ordered_by_path_with_indexes_as_numbers() {
    List<Problem> sorted = Stream.of(
            Problem.at("events[10].host", "b"), Problem.at("events[2].host", "a"), Problem.at("events[2]", "c"),
            Problem.at("decisions[1]", "d"), Problem.at("events[2].delegations[10].members[0].person", "e"),
            Problem.at("events[2].delegations[9].members[0].person", "f"), Problem.at("", "g"))
        .sorted().toList();

    assertThat(sorted).extracting(Problem::path).containsExactly(
        "", "decisions[1]", "events[2]", "events[2].delegations[9].members[0].person",
        "events[2].delegations[10].members[0].person", "events[2].host", "events[10].host");
  }

  @Test
  void problems_at_the_same_path_are_ordered_by_message() {
    assertThat(Problem.at("events[0].tags", "'VA2021/A1' …")).isLessThan(Problem.at("events[0].tags", "'VIS2016/G9' …"));
  }

  @Test
  void a_problem_reads_as_its_path_and_message() {
    assertThat(Problem.at("events[3].host", "unknown")).hasToString("events[3].host: unknown");
    assertThat(Problem.at("", "empty register")).hasToString("empty register");
  }

  @Test
  void a_problem_without_a_message_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Problem.at("events[0]", " "))
        .withMessage("a problem needs a message");
  }

  @Test
  void the_order_of_problems_is_a_total_order_consistent_with_equals() {
    Gen<String> segments = Generate.pick(List.of("events", "decisions", "members", "host", "id"))
        .zip(integers().between(0, 120), (name, index) -> name + "[" + index + "]");
    Gen<Problem> problems = segments.zip(segments, Generate.pick(List.of("a", "b")),
        (first, second, message) -> Problem.at(first + "." + second, message));

    qt().withExamples(2000).forAll(problems, problems, problems).checkAssert((a, b, c) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
    });
  }
}
