package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;

/**
 * A test case for {@code vanort test}: a register (a base register with the scenario's changes
 * applied), the period to check, and what the scenario expects: findings, answers of the queries,
 * or that the register is refused.
 *
 * @param name what the scenario shows, e.g. "a conference year without a conference"
 * @param file the scenario file it was read from
 * @param path where it stands in the file: empty for a file of one scenario, {@code scenarios[2]} otherwise
 * @param register the register to check with the scenario's as-of date; empty when it was refused
 * @param refusal the problems for which the register was refused, with paths naming records by id;
 *     empty when it was read
 * @param period the period to check, if the scenario names one
 * @param findings what the check must report
 * @param queries the questions asked of the register, with the answers expected
 * @param refused the problems for which the register must be refused; empty when it must be read
 */
public record Scenario(String name, Path file, String path, Optional<Register> register, List<Refusal> refusal,
    Optional<DateRange> period, Expectations<ExpectedFinding> findings, List<ScenarioQuery> queries,
    List<ExpectedProblem> refused) {
  /** Copies the lists; refuses missing parts. */
  public Scenario {
    checkArgument(name != null && !name.isBlank(), "a scenario has a name");
    checkArgument(register.isPresent() != !refusal.isEmpty(), "a scenario's register is either read or refused");
    refusal = List.copyOf(refusal);
    queries = List.copyOf(queries);
    refused = List.copyOf(refused);
  }

  /**
   * One problem of a refused register.
   *
   * @param problem the problem, located in the file that holds the record
   * @param pathById its path with record ids in place of positions ({@code events[conf-2099].host})
   */
  public record Refusal(FileProblem problem, String pathById) {}

  /** {@return the findings expected exactly, the form of files before issue 11; empty when not stated} */
  public List<ExpectedFinding> expected() {
    return findings.exactly().orElse(List.of());
  }
}
