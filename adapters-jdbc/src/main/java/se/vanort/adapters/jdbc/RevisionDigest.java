package se.vanort.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a revision's canonical form: the rows {@link RegisterWriter} writes for it, table
 * by table in the order it writes them, each value as bound ({@link Columns#bindable}), NULL as a
 * marker of its own and every other value as its text with its length. The same register always
 * gives the same rows, so a revision read back must give the digest stored when it was saved; a row
 * deleted, changed or lost behind vanort's back gives another. A migration that changes what the
 * writer writes for a register already stored must recompute the stored digests.
 */
final class RevisionDigest {
  /** A digest that ignores every row: batches of a save that is not digested (none today). */
  static final RevisionDigest NONE = new RevisionDigest(null);

  private final MessageDigest sha256;

  private RevisionDigest(MessageDigest sha256) {
    this.sha256 = sha256;
  }

  /** A fresh SHA-256 digest. */
  static RevisionDigest sha256() {
    try {
      return new RevisionDigest(MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Adds a row of {@code table}. */
  void row(String table, Object[] values) {
    if (sha256 == null) {
      return;
    }
    StringBuilder row = new StringBuilder(table).append('(');
    for (Object value : values) {
      Object bound = Columns.bindable(value);
      if (bound == null) {
        row.append('~');
      } else {
        String text = bound.toString();
        row.append(text.length()).append(':').append(text);
      }
      row.append(',');
    }
    sha256.update(row.append(")\n").toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The digest of the rows added, as 64 lower-case hexadecimal digits. */
  String hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
