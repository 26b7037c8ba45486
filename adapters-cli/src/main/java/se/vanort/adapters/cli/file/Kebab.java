package se.vanort.adapters.cli.file;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum constants as a file writes them: {@code EXECUTIVE_BOARD} is {@code executive-board}. */
final class Kebab {
  private Kebab() {}

  /** The file's name of {@code constant}. */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} named {@code text} in the file, if there is one. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(text)).findFirst();
  }

  /** Every file name of {@code type}, in declaration order. */
  static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Kebab::of).toList();
  }
}
