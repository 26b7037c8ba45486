package se.vanort.adapters.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.vanort.domain.Names;

/** Enum values as users type them: {@code school-exchange} for {@code SCHOOL_EXCHANGE}, any case. */
final class Slugs {
  private Slugs() {}

  /** {@code school-exchange} for {@code SCHOOL_EXCHANGE}. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The value of {@code type} named {@code text} ({@code school-exchange}, {@code SCHOOL_EXCHANGE}).
   *
   * @param what the key part of the refusal's texts ({@code refusal.matter}, {@code refusal.matter.closest})
   * @throws Refusal naming the closest value and listing them all
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    List<String> known = Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList();
    for (E value : type.getEnumConstants()) {
      if (of(value).equals(wanted)) {
        return value;
      }
    }
    String all = String.join(", ", known);
    throw Names.closest(wanted, known).map(name -> new Refusal("refusal." + what + ".closest", text, name, all))
        .orElseGet(() -> new Refusal("refusal." + what, text, all));
  }
}
