package se.vanort.domain.document;

/**
 * The force of a clause or rule, read from the Swedish drafting; declared from the strongest to the
 * weakest.
 */
public enum Modality {
  /** "ska", "skall" or an arrangement in the present tense: a finding is a breach of the document. */
  SHALL,
  /** "bör", "i första hand", "sträva efter", "ca": a finding is a deviation from a recommendation. */
  SHOULD,
  /** "kan", "har möjlighet", "får": never a finding; the API lists the permission. */
  MAY,
  /** Background, goals and motives: never a finding; used for tagging and coverage. */
  INFO;

  /**
   * {@return whether a check under this modality can report a finding: only {@link #SHALL} and {@link #SHOULD}}
   */
  public boolean producesFindings() {
    return this == SHALL || this == SHOULD;
  }

  /**
   * {@return whether this modality is as strong as {@code other} or stronger (SHALL > SHOULD > MAY > INFO)}
   *
   * @param other the other one
   */
  public boolean isAtLeast(Modality other) {
    return compareTo(other) <= 0;
  }
}
