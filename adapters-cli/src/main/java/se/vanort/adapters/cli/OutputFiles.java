package se.vanort.adapters.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

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

  /**
   * Writes {@code content} to {@code file} whole or not at all: into a temporary file beside it,
   * then moved over it in one step, so that nobody opens half a file and a failure leaves the old
   * file (or none) and no temporary one.
   *
   * @throws IOException if the file cannot be written
   */
  static void writeAtomically(Path file, String content) throws IOException {
    Path target = file.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // a temporary file is private to its owner; the document is not
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
