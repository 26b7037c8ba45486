package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a register or scenario file may hold before vanort refuses to read it. Every limit is
 * checked before the text it guards is held in memory, so that a hostile file (a 1 GB single line,
 * a link to {@code /dev/zero}, a pipe with no writer) is refused at once with exit code 2.
 *
 * <ul>
 *   <li>the file's size: {@value #DEFAULT_MAX_BYTES} bytes (64 MiB) unless raised with
 *       {@code --max-file-size} or {@value #VARIABLE}, up to {@value #CEILING_BYTES} (1 GiB);
 *   <li>its mappings (records and the values nested in them): {@value #MAX_MAPPINGS};
 *   <li>the nesting of mappings and lists: {@value #MAX_NESTING} levels;
 *   <li>a line of a YAML file: {@value #MAX_LINE_CHARS} characters;
 *   <li>one scalar value (a text, a number): {@value #MAX_VALUE_CHARS} characters, numbers
 *       {@value #MAX_NUMBER_CHARS} digits; the domain then holds text to its own, smaller limits.
 * </ul>
 *
 * @param maxBytes the largest file read, in bytes
 */
public record ReadLimits(long maxBytes) {
  /** The default largest file: 64 MiB, some ten times the largest register a municipality keeps. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  /** The largest file size that can be allowed: 1 GiB (a Java string holds at most 2 G characters). */
  public static final long CEILING_BYTES = 1024L * 1024 * 1024;
  /** The environment variable that raises (or lowers) the file size limit, e.g. {@code 256MB}. */
  public static final String VARIABLE = "VANORT_MAX_FILE_SIZE";
  /** The most mappings a file may hold: some 60,000 records of every kind with what they nest. */
  public static final int MAX_MAPPINGS = 250_000;
  /** The deepest nesting of mappings and lists; a register nests six levels deep. */
  public static final int MAX_NESTING = 64;
  /** The longest scalar value read; the longest text the domain accepts is far shorter. */
  public static final int MAX_VALUE_CHARS = 100_000;
  /** The longest line of a YAML file, in characters (SnakeYAML slows down with the square of a line's length). */
  public static final int MAX_LINE_CHARS = 100_000;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_CHARS = 40;

  private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*([kmg]i?b?|b)?");

  /** Checks that the limit is positive and within the ceiling. */
  public ReadLimits {
    checkArgument(maxBytes > 0 && maxBytes <= CEILING_BYTES,
        "the file size limit must lie between 1 byte and 1 GiB, was %s bytes", maxBytes);
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a size such as {@code 64MB}, {@code 512k}, {@code 1G} or {@code 1048576} (bytes); the
   * units are powers of 1024.
   *
   * @throws IllegalArgumentException saying how to write one, or that it exceeds 1 GiB
   */
  public static long parseSize(String text) {
    checkArgument(text != null, "a size is needed, e.g. 64MB");
    Matcher matcher = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    checkArgument(matcher.matches(), "'%s' is not a size; write e.g. 64MB, 512KB, 1GB or a number of bytes", text);
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "b" : matcher.group(2);
    int shift = switch (unit.charAt(0)) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      default -> 0;
    };
    checkArgument(number > 0, "a size must be at least one byte, was '%s'", text);
    checkArgument(number <= (CEILING_BYTES >> shift), "'%s' is more than the ceiling of 1GB", text);
    return number << shift;
  }

  /** {@code 64 MiB (67,108,864 bytes)}, or the bytes alone for a size below one KiB. */
  public static String describe(long bytes) {
    String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB (%s)", bytes / (1024.0 * 1024), exact);
    }
    return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KiB (%s)", bytes / 1024.0, exact) : exact;
  }
}
