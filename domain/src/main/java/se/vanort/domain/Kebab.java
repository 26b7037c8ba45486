package se.vanort.domain;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Enum constants as vanort writes them outside Java, in files, on the command line, in message keys and in
 * CSS classes: {@code EXECUTIVE_BOARD} is {@code executive-board}. The one place that conversion is written.
 */
public final class Kebab {
  private Kebab() {}

  /**
   * {@return {@code constant} in kebab case: its name in lower case with hyphens for underscores,
   * {@code executive-board} for {@code EXECUTIVE_BOARD}}
   *
   * @param constant the constant
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the constant of {@code type} whose kebab case is exactly {@code text}, if there is one}
   *
   * @param type the enum
   * @param text the kebab case, e.g. {@code executive-board}
   * @param <E> the enum
   */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> of(constant).equals(text)).findFirst();
  }

  /**
   * {@return the constant of {@code type} that {@code text} names as a person may type it: in kebab case or
   * as the constant's name, in any case, with white space around ({@code School-Exchange}, {@code
   * SCHOOL_EXCHANGE})}
   *
   * @param type the enum
   * @param text what was typed
   * @param <E> the enum
   */
  public static <E extends Enum<E>> Optional<E> parseTyped(Class<E> type, String text) {
    return parse(type, normalized(text));
  }

  /**
   * {@return what a person typed for a constant, in the form {@link #of} writes: stripped, in lower case, with
   * hyphens for underscores; for comparing with {@link #names} when nothing matched}
   *
   * @param text what was typed
   */
  public static String normalized(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the kebab case of every constant of {@code type}, in declaration order}
   *
   * @param type the enum
   */
  public static ImmutableList<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Kebab::of).collect(ImmutableList.toImmutableList());
  }
}
