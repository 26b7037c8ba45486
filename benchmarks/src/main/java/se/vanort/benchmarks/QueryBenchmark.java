package se.vanort.benchmarks;

import java.time.LocalDate;
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
import se.vanort.domain.decision.Matter;
import se.vanort.rules.query.Authority;
import se.vanort.rules.query.Coordination;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.Queries;

/**
 * The latency of one question on a register whose indexes are built (a {@link Queries} built once
 * and asked many times, as the API documents): who decides a matter, who coordinates the secretaries
 * on a date, and what falls due in a year. Sampled per call, so the median is reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class QueryBenchmark {
  private static final int INPUTS = 64;

  /** Records in the register. */
  @Param({"1000", "100000"})
  public int records;

  private Queries queries;
  private final Matter[] matters = Matter.values();
  private final LocalDate[] dates = new LocalDate[INPUTS];
  private final DateRange[] years = new DateRange[INPUTS];
  private int next;

  /** Builds the register and warms the indexes every question reads. */
  @Setup(Level.Trial)
  public void setUp() {
    queries = Queries.of(SyntheticRegister.of(records));
    for (int i = 0; i < INPUTS; i++) {
      int year = SyntheticRegister.FIRST_YEAR + i % (SyntheticRegister.LAST_YEAR - SyntheticRegister.FIRST_YEAR + 1);
      dates[i] = LocalDate.of(year, 1 + i % 12, 1 + i % 28);
      years[i] = DateRange.ofYear(year);
    }
    for (int i = 0; i < INPUTS; i++) {
      whoDecides();
      coordinatorOnDate();
      dueInYear();
    }
  }

  private int input() {
    next = (next + 1) & (INPUTS - 1);
    return next;
  }

  /** Who decides a matter (rotating over every matter, in and over budget). */
  @Benchmark
  public Authority whoDecides() {
    int i = input();
    return queries.whoDecides(matters[i % matters.length], (i & 1) == 0);
  }

  /** Who coordinates the secretaries' work on a date (VA2021/O3). */
  @Benchmark
  public Coordination coordinatorOnDate() {
    return queries.coordinatorOn(dates[input()]);
  }

  /** What falls due in a calendar year, for the chain and for Vimmerby. */
  @Benchmark
  public DueCalendar dueInYear() {
    return queries.due(years[input()]);
  }
}
