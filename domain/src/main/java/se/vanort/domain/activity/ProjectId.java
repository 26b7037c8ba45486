package se.vanort.domain.activity;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a project, exchange or partnership, e.g. {@code mukono-2024}. */
public record ProjectId(String value) implements Identifier<ProjectId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public ProjectId {
    RecordIds.checkValid(value, "project id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
