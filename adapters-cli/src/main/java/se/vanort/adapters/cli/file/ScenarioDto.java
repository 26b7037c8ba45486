package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A scenario file as it holds it (docs/scenario-format.md, docs/scenario.schema.json). A file holds
 * one scenario at its root, or a list of {@code scenarios} sharing the root's register, changes,
 * period and as-of date unless they give their own. The register is a file name or an inline
 * register; records and the changes to them stay trees until the changes are applied.
 */
final class ScenarioDto {
  public String name;
  public JsonNode register;
  public ChangesDto changes;
  public String period;
  public String asOf;
  public List<ExpectedDto> expect;
  public List<ExpectedDto> includes;
  public List<ExpectedDto> excludes;
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<DueDto> due;
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<WhoDecidesDto> whoDecides;
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<CoordinatorDto> coordinator;
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public List<DelegationDto> delegation;
  public List<RefusedDto> refused;
  public List<ScenarioDto> scenarios;

  /** Records by list name ({@code events}, {@code people}, …): ids to remove, records to replace or add. */
  static final class ChangesDto {
    public JsonNode set;
    public JsonNode remove;
    public JsonNode replace;
    public JsonNode add;
  }

  /** A finding: its rule and, optionally, what else it must have. */
  static final class ExpectedDto {
    public String rule;
    public Integer year;
    public String date;
    public String municipality;
    public String modality;
    public List<String> subjects;
    public List<String> contains;
  }

  /** The calendar of {@code vanort due} for a year or a period, and the items expected in it. */
  static final class DueDto {
    public Integer year;
    public String period;
    public String asOf;
    public List<DueItemDto> expect;
    public List<DueItemDto> includes;
    public List<DueItemDto> excludes;
  }

  /** An item of the calendar: its rule or kind and, optionally, its status, year, date, municipality, records. */
  static final class DueItemDto {
    public String rule;
    public String kind;
    public String status;
    public Integer year;
    public String date;
    public String municipality;
    public List<String> records;
    public List<String> contains;
  }

  /** The answer of {@code vanort who-decides}. */
  static final class WhoDecidesDto {
    public String matter;
    public Boolean overBudget;
    public String decider;
    public List<String> bodyKinds;
    public String clause;
    public List<String> bodies;
    public List<String> parties;
  }

  /** The answer of {@code vanort coordinator}. */
  static final class CoordinatorDto {
    public String on;
    public List<String> coordinators;
    public String nextMeeting;
    public String host;
  }

  /** The verdict of {@code vanort delegation}. */
  static final class DelegationDto {
    public String event;
    public String municipality;
    public List<String> members;
    public Boolean acceptable;
    public List<ExpectedDto> expect;
    public List<ExpectedDto> includes;
    public List<ExpectedDto> excludes;
  }

  /** A problem for which the register must be refused: its path and, optionally, words of its message. */
  static final class RefusedDto {
    public String path;
    public String message;
  }
}
