package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Optional;

/**
 * A reference from a finding to a record of the register: its kind and id, and the name the
 * register records for it (a municipality's, body's or person's name, an event's or project's
 * title), carried so that the texts can name the record without the register at hand. A person
 * without a recorded name carries the role of a position instead ({@code twin-town-secretary}),
 * so that the texts can name the position.
 *
 * @param kind what the id points at
 * @param id the record's id
 * @param name the recorded name, if the register holds one
 * @param role for a person without a name: the code of a position's role
 */
public record RecordRef(RecordKind kind, String id, Optional<String> name, Optional<String> role) {
  /** Orders references by kind, then id. */
  public static final Comparator<RecordRef> ORDER =
      Comparator.comparing(RecordRef::kind).thenComparing(RecordRef::id);

  /**
   * Checks that the reference is complete.
   *
   * @param kind what the id points at
   * @param id the record's id
   * @param name the recorded name, if the register holds one
   * @param role for a person without a name: the code of a position's role
   */
  public RecordRef {
    checkArgument(kind != null && id != null && !id.isBlank() && name != null && role != null,
        "a record reference needs a kind and an id (got %s %s)", kind, id);
  }

  /**
   * {@return a reference to the record {@code id} of {@code kind}, its name not yet known}
   *
   * @param kind what the id points at
   * @param id the record's id
   */
  public static RecordRef of(RecordKind kind, Object id) {
    return new RecordRef(kind, String.valueOf(id), Optional.empty(), Optional.empty());
  }

  /**
   * {@return this reference with the recorded {@code name}}
   *
   * @param name the name
   */
  public RecordRef withName(Optional<String> name) {
    return new RecordRef(kind, id, name, role);
  }

  /**
   * {@return this reference with the {@code role} of an unnamed person}
   *
   * @param role the role's code
   */
  public RecordRef withRole(Optional<String> role) {
    return new RecordRef(kind, id, name, role);
  }

  /** {@return the same reference without name or role: what identifies the record} */
  public RecordRef bare() {
    return of(kind, id);
  }

  @Override
  public String toString() {
    return kind.slug() + " " + id + name.map(n -> " \"" + n + "\"").orElse("");
  }
}
