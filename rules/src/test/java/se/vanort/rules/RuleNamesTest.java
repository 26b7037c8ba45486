package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.RuleId;

/**
 * The convention that ties a rule's code to its catalogue entry: every rule is a final class of its own,
 * named for its id (the part after the prefix, in upper camel case: {@code va.conference-every-second-year}
 * is {@code ConferenceEverySecondYear}). What several rules share is an abstract class named for what
 * they share ({@code AgendaItemRule}, {@code PermissionRule}, {@code TagCoverage}, …), which is never a
 * rule by itself.
 */
class RuleNamesTest {
  @Test
  void every_rule_of_the_standard_rulebook_is_a_final_class_named_for_its_id() {
    for (Rule rule : Rulebook.standard().rules()) {
      Class<?> type = rule.getClass();

      assertThat(type.getSimpleName()).as(rule.id().value()).isEqualTo(className(rule.id()));
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getName()).isTrue();
    }
  }

  @Test
  void what_rules_share_is_an_abstract_class_that_is_no_rule_by_itself() {
    for (Rule rule : Rulebook.standard().rules()) {
      for (Class<?> shared = rule.getClass().getSuperclass(); shared != Object.class; shared = shared.getSuperclass()) {
        assertThat(Modifier.isAbstract(shared.getModifiers())).as("%s, shared by %s, is abstract",
            shared.getName(), rule.id()).isTrue();
      }
    }
  }

  @Test
  void a_class_name_is_the_id_after_its_prefix_in_upper_camel_case() {
    assertThat(className(RuleId.of("va.conference-every-second-year"))).isEqualTo("ConferenceEverySecondYear");
    assertThat(className(RuleId.of("vis.goal-coverage"))).isEqualTo("GoalCoverage");
  }

  private static String className(RuleId id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.value().substring(id.value().indexOf('.') + 1).split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
