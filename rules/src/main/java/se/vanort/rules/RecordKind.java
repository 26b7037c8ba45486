package se.vanort.rules;

import se.vanort.domain.Kebab;

/**
 * The kind of record a finding refers to, so that a reference says what it points at
 * ({@code EVENT conf-2025}) and the edge knows where to find its name.
 */
public enum RecordKind {
  /** A municipality of the register. */
  MUNICIPALITY,
  /** A twin-town agreement (a document of the register: {@code VA2021}). */
  AGREEMENT,
  /** A strategy (a document of the register: {@code VIS2016}). */
  STRATEGY,
  /** A twin-town relation or partnership between two municipalities. */
  RELATION,
  /** A body: the council, a committee, an administration, a school, a network. */
  BODY,
  /** A person. */
  PERSON,
  /** An event: a conference, a meeting, a camp, a visit. */
  EVENT,
  /** A decision. */
  DECISION,
  /** A project or an exchange. */
  PROJECT,
  /** A record whose kind is not known: a subject carried over from a history written before V5. */
  RECORD;

  /** {@return the kind as the message bundles and JSON write it: {@code event}, {@code body}} */
  public String slug() {
    return Kebab.of(this);
  }
}
