package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import se.vanort.adapters.cli.file.RegisterFiles;
import se.vanort.adapters.cli.file.RegisterFormat;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.register.Register;

/**
 * The attack of issue 14 as a test: mutants of the example registers and of generated ones, in YAML
 * and JSON, each checked by the real command line in-process. Every mutant must end with exit 0, 1
 * or 2, print no stack trace and no internal error, and answer within 10 seconds.
 *
 * <p>QuickTheories draws a seed per mutant (the falsifying value it reports reproduces the mutant);
 * the seed picks a register and one to four mutations: bytes flipped, cut, doubled or swapped,
 * lines swapped, the text truncated, or a hostile token (aliases, tags, deep nesting, huge numbers
 * and dates, control characters, long texts) inserted. {@value #DEFAULT_MUTANTS} mutants run with
 * every {@code ./mvnw verify}; {@code -Dvanort.fuzz.mutants=20000} runs a longer attack. The
 * figures are printed and written to {@code target/fuzz-summary.txt}.
 */
class RegisterFuzzTest {
  private static final int DEFAULT_MUTANTS = 2000;
  private static final long ANSWER_WITHIN_SECONDS = 10;
  private static final List<String> TOKENS = List.of(
      "&a ", "*a", "!!java.net.URL [\"http://localhost/\"]", "!!binary AAAA", "<<: *a", "{", "}", "[", "]", ",", ":",
      "- ", "? ", "|", ">", "---\n", "...\n", "%YAML 1.1\n", "\"", "'", "\\", "\\u0000", "\u0000", "\u001b", "\uFEFF",
      "\uFFFF", "\uD800", "\t", "\r\n", "null", "~", "true", "yes", ".nan", "-.inf", "0x7FFFFFFF", "-1", "0",
      "2147483647", "-2147483648", "99999999999999999999999999999999999999999999", "1e400", "0001-01-01",
      "9999-12-31", "+999999999-12-31", "2025-02-30", "2021..2026", "x".repeat(3000), "[".repeat(200),
      "{\"a\":".repeat(100), "vimmerby", "kauhava", "VA2021", "conference", "twin-town-meeting", "revisionEveryYears: ",
      "everyYears: ", "anchorYear: ", "asOf: ", "id: ", "Þorlákshöfn", "😀");

  private static Path directory;
  private static final List<Seed> SEEDS = new ArrayList<>();
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
  private static ExecutorService runner;
  private static int inputs;
  private static long started;

  private record Seed(String name, RegisterFormat format, byte[] bytes) {}

  @BeforeAll
  static void seeds(@TempDir Path temporary) throws IOException {
    directory = temporary;
    Path repository = Path.of("").toAbsolutePath().getParent();
    for (Path example : List.of(repository.resolve("examples/vimmerby.yaml"),
        repository.resolve("examples/scenarios/registers/base.yaml"))) {
      SEEDS.add(new Seed(example.getFileName().toString(), RegisterFormat.YAML, Files.readAllBytes(example)));
    }
    SEEDS.add(new Seed("starter", RegisterFormat.YAML, RegisterFiles.starterTemplate().getBytes(StandardCharsets.UTF_8)));
    SEEDS.add(new Seed("minimal", RegisterFormat.YAML, Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8)));
    SEEDS.add(new Seed("chain", RegisterFormat.YAML, Fixtures.CHAIN.getBytes(StandardCharsets.UTF_8)));
    Register base = RegisterGenerators.validBase().build();
    for (RegisterFormat format : RegisterFormat.values()) {
      SEEDS.add(new Seed("base", format, RegisterFiles.write(base, format).getBytes(StandardCharsets.UTF_8)));
    }
    qt().withExamples(6).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      for (RegisterFormat format : RegisterFormat.values()) {
        SEEDS.add(new Seed("generated", format, RegisterFiles.write(register, format).getBytes(StandardCharsets.UTF_8)));
      }
    });
    runner = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "fuzz");
      thread.setDaemon(true);
      return thread;
    });
    started = System.nanoTime();
  }

  @Test
  void every_mutant_is_checked_or_refused_promptly_without_a_crash() {
    int mutants = Integer.getInteger("vanort.fuzz.mutants", DEFAULT_MUTANTS);
    Gen<Long> seeds = longs().all();
    qt().withExamples(mutants).withShrinkCycles(20).forAll(seeds).checkAssert(this::attack);
    assertThat(inputs).isGreaterThanOrEqualTo(mutants);
  }

  private void attack(long seed) {
    Random random = new Random(seed);
    Seed base = SEEDS.get(random.nextInt(SEEDS.size()));
    byte[] mutant = mutate(base.bytes(), random);
    String command = random.nextInt(4) == 0 ? "due" : "check";
    Path file = directory.resolve("mutant-" + seed + "." + base.format().name().toLowerCase(java.util.Locale.ROOT));
    try {
      Files.write(file, mutant);
      Future<Cli.Run> run = runner.submit(() -> Cli.run(command, file.toString()));
      Cli.Run result;
      try {
        result = run.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        count("hang");
        throw new AssertionError("no answer within " + ANSWER_WITHIN_SECONDS + " s to " + command + " of a mutant of "
            + base.name() + ": " + new String(mutant, StandardCharsets.UTF_8));
      }
      inputs++;
      count("exit " + result.code());
      boolean trace = result.err().contains("\tat ") || result.out().contains("\tat ");
      if (trace) {
        count("stack trace");
      }
      assertThat(result.code()).as("%s of a mutant of %s:%n%s%n%s", command, base.name(),
          new String(mutant, StandardCharsets.UTF_8), result).isIn(0, 1, 2);
      assertThat(trace).as("a stack trace: %s", result).isFalse();
      assertThat(result.err()).as("%s", result).doesNotContain("internal error");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("the run itself failed", e.getCause());
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // the temporary directory goes anyway
      }
    }
  }

  /** {@code bytes} with one to four mutations drawn from {@code random}. */
  static byte[] mutate(byte[] bytes, Random random) {
    byte[] result = bytes;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      result = mutateOnce(result, random);
    }
    return result;
  }

  private static byte[] mutateOnce(byte[] bytes, Random random) {
    int length = bytes.length;
    int at = length == 0 ? 0 : random.nextInt(length);
    int span = length == 0 ? 0 : 1 + random.nextInt(Math.max(1, Math.min(64, length - at)));
    switch (random.nextInt(8)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        if (length > 0) {
          copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
      }
      case 1 -> {
        return concat(Arrays.copyOfRange(bytes, 0, at), Arrays.copyOfRange(bytes, Math.min(length, at + span), length));
      }
      case 2 -> {
        return concat(Arrays.copyOfRange(bytes, 0, Math.min(length, at + span)), Arrays.copyOfRange(bytes, at, length));
      }
      case 3 -> {
        return Arrays.copyOfRange(bytes, 0, at);
      }
      case 4 -> {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length > 1) {
          int a = random.nextInt(lines.length);
          int b = random.nextInt(lines.length);
          String swap = lines[a];
          lines[a] = lines[b];
          lines[b] = swap;
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 5 -> {
        byte[] copy = bytes.clone();
        if (length > 0) {
          copy[at] = (byte) random.nextInt(256);
        }
        return copy;
      }
      default -> {
        byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
        boolean replace = random.nextBoolean();
        return concat(concat(Arrays.copyOfRange(bytes, 0, at), token),
            Arrays.copyOfRange(bytes, replace ? Math.min(length, at + span) : at, length));
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }

  private static synchronized void count(String outcome) {
    OUTCOMES.merge(outcome, 1, Integer::sum);
  }

  @AfterAll
  static void summary() throws IOException {
    runner.shutdownNow();
    double seconds = (System.nanoTime() - started) / 1e9;
    String summary = String.format(java.util.Locale.ROOT, "fuzz: %d inputs from %d seeds in %.1f s; outcomes %s",
        inputs, SEEDS.size(), seconds, OUTCOMES);
    System.out.println(summary);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("fuzz-summary.txt"), summary + "\n");
    }
  }
}
