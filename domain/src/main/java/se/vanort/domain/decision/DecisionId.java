package se.vanort.domain.decision;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a decision, e.g. {@code kf-2016-172}. */
public record DecisionId(String value) implements Identifier<DecisionId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public DecisionId {
    RecordIds.checkValid(value, "decision id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static DecisionId of(String value) {
    return new DecisionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
