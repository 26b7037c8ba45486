package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import se.vanort.domain.register.Register;

/**
 * Reads and writes register files: YAML or JSON in the format of docs/register-format.md. Reading
 * reports every problem it can find at once, each with file, line, column and field path; what
 * {@link #write} writes reads back equal.
 */
public final class RegisterFiles {
  private static final String STARTER = "starter-register.yaml";

  private RegisterFiles() {}

  /**
   * Reads the register in {@code file}, in the format its extension names ({@code .yaml},
   * {@code .yml} or {@code .json}).
   *
   * @throws RegisterFileException listing every problem: an unknown extension, a file that cannot
   *     be read, a syntax error, unknown fields, wrong values, or a register the domain refuses
   */
  public static Register read(Path file) throws RegisterFileException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads the register in {@code file} as {@link #read(Path)} does, refusing a file beyond
   * {@code limits}.
   *
   * @throws RegisterFileException listing every problem, or the limit the file exceeds
   */
  public static Register read(Path file, ReadLimits limits) throws RegisterFileException {
    return read(file, file.toString(), limits);
  }

  /** Reads {@code file}, naming it {@code sourceName} in problems. */
  static Register read(Path file, String sourceName, ReadLimits limits) throws RegisterFileException {
    RegisterFormat format = formatOf(file, sourceName, "register");
    return read(readText(file, sourceName, limits), format, sourceName);
  }

  /**
   * Reads a register from {@code content} in {@code format}; {@code sourceName} names the text in
   * problems (a file name, or e.g. {@code <stdin>}).
   *
   * @throws RegisterFileException listing every problem found
   */
  public static Register read(String content, RegisterFormat format, String sourceName) throws RegisterFileException {
    checkArgument(content != null, "content to read is needed");
    checkArgument(format != null, "a format is needed: YAML or JSON");
    Locations.Parsed parsed = Locations.parse(content, FileMappers.of(format).getFactory(), sourceName);
    return read(parsed.tree(), parsed.locations());
  }

  /**
   * Reads a register from {@code tree}, a register as Jackson's tree of a file holds it (a scenario
   * may change a base register's tree before it is read). The tree holds no lines, so problems name
   * {@code sourceName} and the field's path only.
   *
   * @throws RegisterFileException listing every problem found
   */
  public static Register read(JsonNode tree, String sourceName) throws RegisterFileException {
    checkArgument(sourceName != null, "a source name is needed: the file the tree comes from");
    return read(tree, Locations.none(sourceName));
  }

  /** Reads {@code tree}, locating its problems in {@code locations}. */
  static Register read(JsonNode tree, Locations locations) throws RegisterFileException {
    ProblemList problems = new ProblemList();
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      problems.add("", "holds no register; a register has at least a perspective and its municipalities"
          + " (vanort init writes a starter)");
      throw problems.exception(locations);
    }
    Optional<Register> register = RegisterReading.read(tree, problems, "");
    if (register.isEmpty() || !problems.isEmpty()) {
      throw problems.exception(locations);
    }
    return register.get();
  }

  /** {@code register} as text in {@code format}, which {@link #read} reads back equal. */
  public static String write(Register register, RegisterFormat format) {
    checkArgument(register != null, "a register to write is needed");
    checkArgument(format != null, "a format is needed: YAML or JSON");
    return FileMappers.write(format, RegisterWriting.toTree(register));
  }

  /** A commented starter register in YAML, for {@code vanort init}; valid as it stands. */
  public static String starterTemplate() {
    try (InputStream in = RegisterFiles.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("the starter register " + STARTER + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the starter register", e);
    }
  }

  /** The format {@code file}'s extension names, or the problem that it names none. */
  static RegisterFormat formatOf(Path file, String sourceName, String what) throws RegisterFileException {
    return RegisterFormat.ofFile(file).orElseThrow(() -> new RegisterFileException(List.of(new FileProblem(
        sourceName, 0, 0, "", "cannot tell the format of this " + what + " file from its name; a " + what
            + " file ends in " + RegisterFormat.acceptedExtensions()))));
  }

  /**
   * The text of {@code file} as UTF-8, or the problem that it cannot be read: it is missing, not a
   * regular file (a directory, a device such as {@code /dev/zero}, a pipe), larger than
   * {@code limits} allow, or not UTF-8 (with the byte offset, line and column of the first byte
   * that is not). Nothing is read before the size is known to be within the limit.
   */
  static String readText(Path file, String sourceName, ReadLimits limits) throws RegisterFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw unreadable(sourceName, "no such file");
    } catch (IOException e) {
      throw unreadable(sourceName, "cannot be read (" + reason(e) + ")");
    }
    if (attributes.isDirectory()) {
      throw unreadable(sourceName, "is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw unreadable(sourceName, "is not a regular file (a device, a pipe or a socket); vanort reads files only");
    }
    if (attributes.size() > limits.maxBytes()) {
      throw tooLarge(sourceName, ReadLimits.describe(attributes.size()), limits);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) limits.maxBytes() + 1);
    } catch (IOException e) {
      throw unreadable(sourceName, "cannot be read (" + reason(e) + ")");
    }
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(sourceName, "grew while it was read to more than that", limits);
    }
    String text = Utf8.decode(bytes, sourceName);
    // Editors on Windows may start a UTF-8 file with a byte order mark, which is not content.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static RegisterFileException tooLarge(String sourceName, String size, ReadLimits limits) {
    return unreadable(sourceName, "is " + size + ", more than the limit of " + ReadLimits.describe(limits.maxBytes())
        + " for one file; raise the limit with --max-file-size (e.g. --max-file-size 256MB) or the environment"
        + " variable " + ReadLimits.VARIABLE + ", up to 1GB");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static RegisterFileException unreadable(String sourceName, String message) {
    return new RegisterFileException(List.of(new FileProblem(sourceName, 0, 0, "", message)));
  }
}
