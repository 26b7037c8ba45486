package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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
import se.vanort.domain.register.Register;
import se.vanort.rules.Finding;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/**
 * The full check (every rule of the standard rulebook) at 10^3 to 10^6 records, side by side with
 * the hand-written baseline of the five rules, on one thread in a 1 GiB heap. Records per second is
 * the size divided by the time per check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class CheckBenchmark {
  /** Records in the register. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private Register register;
  private final Rulebook standard = Rulebook.standard();
  private ImmutableList<Finding> findings;

  /** Builds the register once per fork, and its lazy lookups, which every checker shares. */
  @Setup(Level.Trial)
  public void setUp() {
    register = SyntheticRegister.of(records);
    findings = standard.check(register).getFindings();
  }

  /** vanort: every rule of VA2021 and VIS2016, with coverage and permissions. */
  @Benchmark
  public Report vanortFullCheck() {
    return standard.check(register);
  }

  /** Part of the full check: its findings sorted into the report's order. */
  @Benchmark
  public List<Finding> sortFindings() {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(Finding.ORDER);
    return copy;
  }

  /** The hand-written single pass of the five rules. */
  @Benchmark
  public Object handWrittenFiveRules() {
    return HandWrittenChecker.check(register);
  }
}
