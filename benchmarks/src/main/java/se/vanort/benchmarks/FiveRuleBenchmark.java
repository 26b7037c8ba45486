package se.vanort.benchmarks;

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
import se.vanort.domain.register.Register;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/**
 * The five rules four ways on the same registers: vanort's rulebook of the five, Easy Rules 4.1.0,
 * Drools 10 and the hand-written baseline. {@code CheckersAgreeTest} proves the four find the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class FiveRuleBenchmark {
  /** Records in the register. */
  @Param({"1000", "10000", "100000"})
  public int records;

  private Register register;
  private final Rulebook fiveRules = FiveRules.rulebook();

  /** Builds the register once per fork, and its lazy lookups, which every checker shares. */
  @Setup(Level.Trial)
  public void setUp() {
    register = SyntheticRegister.of(records);
    fiveRules.check(register);
  }

  /** vanort, the rulebook of the five rules. */
  @Benchmark
  public Report vanort() {
    return fiveRules.check(register);
  }

  /** Easy Rules 4.1.0, the engine fired once per record. */
  @Benchmark
  public Object easyRules() {
    return EasyRulesChecker.check(register);
  }

  /** Drools 10, the five rules in DRL on the executable model, a new session per check. */
  @Benchmark
  public Object drools() {
    return DroolsChecker.check(register);
  }

  /** The hand-written single pass. */
  @Benchmark
  public Object handWritten() {
    return HandWrittenChecker.check(register);
  }
}
