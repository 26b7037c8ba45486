package se.vanort.rules.obligation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A record that may satisfy an obligation, by id and date: an event, a decision, a follow-up, a
 * report (a council report, which has no id, as {@code committee/year}; it may have no date).
 *
 * @param id the record's id
 * @param date the day it was held, decided or made, if recorded
 */
public record Held(String id, Optional<LocalDate> date) implements Comparable<Held> {
  private static final Comparator<Held> ORDER = Comparator.comparing((Held held) -> held.date.orElse(LocalDate.MIN))
      .thenComparing(Held::id);

  /**
   * {@return a record held on {@code date}}
   *
   * @param id the record's id
   * @param date the day
   */
  public static Held on(String id, LocalDate date) {
    return new Held(id, Optional.of(date));
  }

  @Override
  public int compareTo(Held other) {
    return ORDER.compare(this, other);
  }
}
