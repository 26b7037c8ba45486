package se.vanort.adapters.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import se.vanort.domain.Kebab;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;

/** The values shell completion offers: exactly those the option accepts, as users type them. */
final class Candidates {
  private Candidates() {}

  /** The slugs of some constants of an enum. */
  private abstract static class Of implements Iterable<String> {
    private final List<String> slugs;

    Of(Enum<?>[] values) {
      this.slugs = Arrays.stream(values).map(Kebab::of).toList();
    }

    @Override
    public Iterator<String> iterator() {
      return slugs.iterator();
    }
  }

  /** {@code text}, {@code json}, {@code markdown}. */
  static final class Formats extends Of {
    Formats() {
      super(Format.values());
    }
  }

  /** {@code en}, {@code sv}. */
  static final class Languages extends Of {
    Languages() {
      super(Language.values());
    }
  }

  /** {@code establish-twin-town}, {@code school-exchange}, … */
  static final class Matters extends Of {
    Matters() {
      super(Matter.values());
    }
  }

  /** {@code shall}, {@code should}: the modalities that produce findings. */
  static final class FindingModalities extends Of {
    FindingModalities() {
      super(Arrays.stream(Modality.values()).filter(Modality::producesFindings).toArray(Modality[]::new));
    }
  }
}
