package se.vanort.adapters.cli.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Decodes a file's bytes as UTF-8, naming the first byte that is not, with its line and column. */
final class Utf8 {
  private Utf8() {}

  /**
   * The text of {@code bytes}.
   *
   * @throws RegisterFileException naming the offset, line and column of the first byte that is not
   *     UTF-8, and the likely encoding when the file starts with a UTF-16 byte order mark
   */
  static String decode(byte[] bytes, String sourceName) throws RegisterFileException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never gives more UTF-16 chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new RegisterFileException(List.of(notUtf8(bytes, in.position(), sourceName)));
    }
    return out.flip().toString();
  }

  private static FileProblem notUtf8(byte[] bytes, int offset, String sourceName) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // The column counts characters, as an editor does: every byte that does not continue one.
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      column += (bytes[i] & 0xC0) == 0x80 ? 0 : 1;
    }
    boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    String hint = utf16 ? "it looks like UTF-16; save it as UTF-8"
        : "save the file as UTF-8 (it may be Latin-1 or Windows-1252)";
    return new FileProblem(sourceName, line, column, "", String.format(Locale.ROOT,
        "is not UTF-8 text: byte 0x%02X at byte offset %,d is not part of a UTF-8 character; %s",
        offset < bytes.length ? bytes[offset] & 0xFF : 0, offset, hint));
  }
}
