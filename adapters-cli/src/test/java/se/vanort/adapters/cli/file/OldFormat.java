package se.vanort.adapters.cli.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files of examples/scenarios as they were written before issue 11 (one scenario a
 * file, exact expectations by rule and subjects), kept unchanged: they must still run.
 */
public final class OldFormat {
  private OldFormat() {}

  /** The directory that holds them. */
  public static Path directory() {
    return RepositoryFiles.file("adapters-cli/src/test/resources/scenarios-before-issue-11");
  }

  /** The old file {@code name}. */
  public static Path file(String name) {
    return directory().resolve(name);
  }

  /** Every old scenario file, sorted by name. */
  public static List<Path> scenarios() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> RegisterFormat.ofFile(f).isPresent()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
