package se.vanort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;

class KebabTest {
  @Test
  void a_constant_is_written_in_lower_case_with_hyphens_for_underscores() {
    assertThat(Kebab.of(Matter.SCHOOL_EXCHANGE)).isEqualTo("school-exchange");
    assertThat(Kebab.of(Modality.SHALL)).isEqualTo("shall");
  }

  @Test
  void only_the_exact_kebab_case_is_parsed_as_a_file_writes_it() {
    assertThat(Kebab.parse(Matter.class, "school-exchange")).contains(Matter.SCHOOL_EXCHANGE);
    assertThat(Kebab.parse(Matter.class, "SCHOOL_EXCHANGE")).isEmpty();
    assertThat(Kebab.parse(Matter.class, "school-exchange ")).isEmpty();
    assertThat(Kebab.parse(Matter.class, "school")).isEmpty();
  }

  @Test
  void what_a_person_types_is_parsed_in_any_case_with_underscores_or_hyphens_and_white_space_around() {
    assertThat(Kebab.parseTyped(Matter.class, " School-Exchange\t")).contains(Matter.SCHOOL_EXCHANGE);
    assertThat(Kebab.parseTyped(Matter.class, "SCHOOL_EXCHANGE")).contains(Matter.SCHOOL_EXCHANGE);
    assertThat(Kebab.parseTyped(Matter.class, "school exchange")).isEmpty();
  }

  @Test
  void every_name_of_an_enum_comes_in_declaration_order() {
    assertThat(Kebab.names(Modality.class)).containsExactly("shall", "should", "may", "info");
  }
}
