package se.vanort.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a command writes: refused before any work when they exist (unless {@code --force}) or
 * cannot be written, so that a command never overwrites a file silently, nor prints its whole
 * output and then fails.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Refuses {@code file} unless it can be written now.
   *
   * @throws BadInputException if it is a directory, exists and {@code force} is not given, or its
   *     directory is missing or not writable
   */
  static void checkWritable(Path file, boolean force, Texts texts) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(texts.get("output.directory", file));
    }
    if (Files.exists(file)) {
      if (!force) {
        throw new BadInputException(texts.get("output.exists", file));
      }
      if (!Files.isWritable(file)) {
        throw new BadInputException(texts.get("output.not-writable", file));
      }
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BadInputException(texts.get("output.no-directory", file, parent));
    }
    if (!Files.isWritable(parent)) {
      throw new BadInputException(texts.get("output.not-writable", file));
    }
  }
}
