package se.vanort.domain.document;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A document's archived seed text, searched for quotes the way a reader would: line breaks do not count. */
final class SeedText {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String resource;
  private final String normalised;

  private SeedText(String resource, String text) {
    this.resource = resource;
    this.normalised = normalise(text);
  }

  static SeedText of(Document document) {
    var resource = document.getSeedResource();
    try (var in = SeedText.class.getClassLoader().getResourceAsStream(resource)) {
      requireNonNull(in, () -> "the seed of " + document.getId() + " is not on the class path: " + resource);
      return new SeedText(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed " + resource, e);
    }
  }

  static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  boolean contains(String quote) {
    return normalised.contains(normalise(quote));
  }

  String resource() {
    return resource;
  }
}
