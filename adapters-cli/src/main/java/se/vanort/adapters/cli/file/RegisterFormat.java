package se.vanort.adapters.cli.file;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The text formats a register or scenario file can be written in: one model, two syntaxes. */
public enum RegisterFormat {
  /** YAML 1.1, the format people write by hand; files end in {@code .yaml} or {@code .yml}. */
  YAML("yaml", "yml"),
  /** JSON, the format tools exchange; files end in {@code .json}. */
  JSON("json");

  private final List<String> extensions;

  RegisterFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The file name extensions of the format, without the dot, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** The format a file's name announces by its extension, if it is one of the accepted ones. */
  public static Optional<RegisterFormat> ofFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    String extension = dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
  }

  /** {@code .yaml, .yml or .json}: the extensions accepted, for messages. */
  static String acceptedExtensions() {
    List<String> all = Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }
}
