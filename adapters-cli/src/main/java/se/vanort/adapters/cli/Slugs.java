package se.vanort.adapters.cli;

import java.util.List;
import java.util.Optional;
import se.vanort.domain.Kebab;
import se.vanort.domain.Names;

/** Enum values as users type them, read or refused: {@code school-exchange} for {@code SCHOOL_EXCHANGE}, any case. */
final class Slugs {
  private Slugs() {}

  /**
   * The value of {@code type} named {@code text} ({@code school-exchange}, {@code SCHOOL_EXCHANGE}).
   *
   * @param what the key part of the refusal's texts ({@code refusal.matter}, {@code refusal.matter.closest})
   * @throws Refusal naming the closest value and listing them all
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    Optional<E> value = Kebab.parseTyped(type, text);
    if (value.isPresent()) {
      return value.get();
    }
    String wanted = Kebab.normalized(text);
    List<String> known = Kebab.names(type);
    String all = String.join(", ", known);
    throw Names.closest(wanted, known).map(name -> new Refusal("refusal." + what + ".closest", text, name, all))
        .orElseGet(() -> new Refusal("refusal." + what, text, all));
  }
}
