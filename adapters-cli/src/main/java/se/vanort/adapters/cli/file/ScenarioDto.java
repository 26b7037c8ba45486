package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A scenario as a file holds it; the register is a file name or an inline register. */
final class ScenarioDto {
  public String name;
  public JsonNode register;
  public String period;
  public String asOf;
  public List<ExpectedDto> expect;

  static final class ExpectedDto {
    public String rule;
    public List<String> subjects;
  }
}
