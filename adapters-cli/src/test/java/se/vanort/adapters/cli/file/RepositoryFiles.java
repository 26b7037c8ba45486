package se.vanort.adapters.cli.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's own files (examples/, docs/), found from wherever the tests run. */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** The repository's root: the nearest directory up from the working directory that holds examples/. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no directory holding examples/ above " + Path.of("").toAbsolutePath());
  }

  /** The file at {@code relative} from the repository's root. */
  public static Path file(String relative) {
    return root().resolve(relative);
  }

  /** The scenario files of examples/scenarios, sorted by name. */
  public static List<Path> scenarios() {
    try (Stream<Path> files = Files.list(file("examples/scenarios"))) {
      return files.filter(f -> RegisterFormat.ofFile(f).isPresent()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
