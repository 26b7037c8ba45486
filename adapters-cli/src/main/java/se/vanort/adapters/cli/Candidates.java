package se.vanort.adapters.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;

/** The values shell completion offers: exactly those the option accepts, as users type them. */
final class Candidates {
  private Candidates() {}

  /** {@code text}, {@code json}, {@code markdown}. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return slugs(Format.values()).iterator();
    }
  }

  /** {@code en}, {@code sv}. */
  static final class Languages implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return slugs(Language.values()).iterator();
    }
  }

  /** {@code establish-twin-town}, {@code school-exchange}, … */
  static final class Matters implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return slugs(Matter.values()).iterator();
    }
  }

  /** {@code shall}, {@code should}: the modalities that produce findings. */
  static final class FindingModalities implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return slugs(Arrays.stream(Modality.values()).filter(Modality::producesFindings).toArray(Modality[]::new))
          .iterator();
    }
  }

  private static List<String> slugs(Enum<?>[] values) {
    return Arrays.stream(values).map(Slugs::of).toList();
  }
}
