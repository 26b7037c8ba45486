package se.vanort.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;

/**
 * Where the full check's time goes: each rule alone on a fresh {@link Evaluation} (so it pays for
 * the indexes it builds, as the first rule to need them does in a full check). A diagnostic, not a
 * budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class RuleBenchmark {
  /** Records in the register. */
  @Param({"100000"})
  public int records;

  /** The rule measured; every rule of the standard rulebook that can produce findings. */
  @Param({
    "va.conference-every-second-year", "va.youth-camp-with-conference", "va.norden-meeting-at-conference",
    "va.development-exchange", "va.meeting-every-second-year", "va.meeting-evaluates-activity-plan",
    "va.host-runs-meeting", "va.delegation-has-leadership", "va.secretary-appointed", "va.secretaries-meet-yearly",
    "va.decisions-followed-up", "va.coordinator-is-next-host-secretary", "va.contact-register-kept",
    "va.revision-at-conference", "vis.external-funding-investigated", "vis.new-twin-town-by-council",
    "vis.prefer-partnership", "vis.nordic-meeting-every-second-year", "vis.joniskis-broad-exchange",
    "vis.mukono-external-funding", "vis.partnership-decided-by-board", "vis.steering-group-by-board",
    "vis.network-consulted-first", "vis.seek-peer-municipalities", "vis.school-exchange-decision",
    "vis.executive-board-coordinates", "vis.delegation-elected-with-official", "vis.chair-represents",
    "vis.mixed-levels", "vis.committee-owns-project", "vis.cross-committee-cooperation", "vis.network-constituted",
    "vis.network-meets-twice-yearly", "vis.projects-published", "vis.coordinator-in-regional-network",
    "vis.strategy-revised-each-term", "vis.international-work-reported",
  })
  public String rule;

  private Register register;
  private DateRange period;
  private Rule measured;

  /** Builds the register and looks the rule up. */
  @Setup(Level.Trial)
  public void setUp() {
    register = SyntheticRegister.of(records);
    period = Rulebook.defaultPeriod(register);
    measured = Rulebook.standard().rule(RuleId.of(rule))
        .orElseThrow(() -> new IllegalArgumentException("the standard rulebook has no rule " + rule));
  }

  /** The rule alone, on a fresh evaluation. */
  @Benchmark
  public List<Finding> ruleAlone() {
    return measured.check(new Evaluation(register, period)).toList();
  }

}
