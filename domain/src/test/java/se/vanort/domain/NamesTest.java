package se.vanort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> MUNICIPALITIES = List.of("vimmerby", "kauhava", "moss", "rygge", "olfus", "tonder");

  @Test
  void a_one_letter_typo_suggests_the_intended_id() {
    assertThat(Names.closest("kauhavaa", MUNICIPALITIES)).contains("kauhava");
    assertThat(Names.closest("vimerby", MUNICIPALITIES)).contains("vimmerby");
  }

  @Test
  void case_does_not_count_as_a_typo() {
    assertThat(Names.closest("KAUHAVA", MUNICIPALITIES)).contains("kauhava");
  }

  @Test
  void a_name_far_from_every_candidate_gets_no_suggestion() {
    assertThat(Names.closest("reykjavik", MUNICIPALITIES)).isEmpty();
    assertThat(Names.closest("x", List.of())).isEmpty();
  }

  @Test
  void short_names_allow_one_edit_and_longer_ones_a_third_of_their_length() {
    assertThat(Names.closest("mos", MUNICIPALITIES)).contains("moss");
    assertThat(Names.closest("mo", MUNICIPALITIES)).isEmpty();
    assertThat(Names.closest("vimmxxby", MUNICIPALITIES)).contains("vimmerby");
    assertThat(Names.closest("vimxxxby", MUNICIPALITIES)).isEmpty();
  }

  @Test
  void the_name_itself_is_never_suggested() {
    assertThat(Names.closest("moss", MUNICIPALITIES)).isEmpty();
  }

  @Test
  void among_equally_close_candidates_the_first_in_order_wins() {
    assertThat(Names.closest("bun", List.of("bux", "bua"))).contains("bua");
  }

  @Test
  void the_distance_counts_insertions_deletions_and_substitutions() {
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("abc", "abc")).isZero();
  }
}
