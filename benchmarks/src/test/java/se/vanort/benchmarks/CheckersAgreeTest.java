package se.vanort.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vanort.domain.register.Register;
import se.vanort.rules.Rulebook;

/**
 * The comparison means something only if the four checkers find the same: vanort's findings of the
 * five rules, the hand-written baseline's, Easy Rules' and Drools', on the synthetic registers.
 */
class CheckersAgreeTest {
  private static final Map<Integer, Register> REGISTERS = new ConcurrentHashMap<>();

  private static Register register(int size) {
    return REGISTERS.computeIfAbsent(size, SyntheticRegister::of);
  }

  private static ImmutableList<Outcome> vanort(Register register) {
    return Outcome.sorted(Rulebook.standard().check(register).getFindings().stream()
        .filter(finding -> FiveRules.IDS.contains(finding.getRule().value()))
        .map(Outcome::of)
        .toList());
  }

  @Test
  void every_one_of_the_five_rules_finds_something_at_ten_thousand_records() {
    Map<String, Long> perRule = vanort(register(10_000)).stream()
        .collect(Collectors.groupingBy(Outcome::rule, Collectors.counting()));
    assertThat(perRule).containsOnlyKeys(FiveRules.IDS);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void the_hand_written_baseline_finds_exactly_what_vanort_finds(int size) {
    Register register = register(size);
    assertThat(Outcome.sorted(HandWrittenChecker.check(register))).containsExactlyElementsOf(vanort(register));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void easy_rules_finds_exactly_what_vanort_finds(int size) {
    Register register = register(size);
    assertThat(Outcome.sorted(EasyRulesChecker.check(register))).containsExactlyElementsOf(vanort(register));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void drools_finds_exactly_what_vanort_finds(int size) {
    Register register = register(size);
    assertThat(Outcome.sorted(DroolsChecker.check(register))).containsExactlyElementsOf(vanort(register));
  }

  @Test
  void drools_finds_something_of_each_of_the_five_rules_at_ten_thousand_records() {
    Map<String, Long> perRule = DroolsChecker.check(register(10_000)).stream()
        .collect(Collectors.groupingBy(Outcome::rule, Collectors.counting()));
    assertThat(perRule).containsOnlyKeys(FiveRules.IDS);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void the_five_rule_rulebook_finds_what_the_standard_one_finds_of_the_five(int size) {
    Register register = register(size);
    assertThat(Outcome.sorted(FiveRules.rulebook().check(register).getFindings().stream().map(Outcome::of).toList()))
        .containsExactlyElementsOf(vanort(register));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000})
  void the_baseline_and_easy_rules_agree(int size) {
    Register register = register(size);
    assertThat(Outcome.sorted(EasyRulesChecker.check(register)))
        .isNotEmpty()
        .containsExactlyElementsOf(Outcome.sorted(HandWrittenChecker.check(register)));
  }
}
