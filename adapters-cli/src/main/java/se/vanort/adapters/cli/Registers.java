package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import se.vanort.adapters.cli.file.FileProblem;
import se.vanort.adapters.cli.file.ReadLimits;
import se.vanort.adapters.cli.file.RegisterFileException;
import se.vanort.adapters.cli.file.RegisterFiles;
import se.vanort.domain.Names;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;

/** Registers as the commands get them: read from a file, seen as of another date. */
final class Registers {
  private Registers() {}

  /**
   * The register in {@code file}.
   *
   * @throws BadInputException listing every problem with its file, line, column and path
   */
  static Register read(Path file, ReadLimits limits) {
    try {
      return RegisterFiles.read(file, limits);
    } catch (RegisterFileException e) {
      throw new BadInputException(lines(e.getProblems()), e.getProblems());
    }
  }

  /** {@code file:line:column: path: message}, one problem a line. */
  static ImmutableList<String> lines(Collection<FileProblem> problems) {
    return problems.stream().map(FileProblem::toString).collect(ImmutableList.toImmutableList());
  }

  /** {@code register} as of {@code asOf}, or as it is when no date is given. */
  static Register asOf(Register register, LocalDate asOf) {
    return asOf == null ? register
        : register.withPerspective(Perspective.of(register.getPerspective().getMunicipality(), asOf));
  }

  /** "no event 'conf-2052'. Did you mean 'conf-2025'?" for an unknown id among {@code known}. */
  static String unknown(Texts texts, String key, String typed, Collection<String> known) {
    return texts.get(key, typed) + suggestion(texts, typed, known);
  }

  /**
   * " Did you mean 'x'?" for the known id closest to {@code typed}, or, failing one, for those that
   * contain it ("confer" finds the conference rules); empty when nothing is near.
   */
  static String suggestion(Texts texts, String typed, Collection<String> known) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    List<String> candidates = Names.closest(typed, known).map(List::of).orElseGet(() -> wanted.length() < 3
        ? List.of()
        : known.stream().filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted)).limit(3).toList());
    return candidates.isEmpty() ? "" : " " + texts.get("did-you-mean", String.join("', '", candidates));
  }
}
