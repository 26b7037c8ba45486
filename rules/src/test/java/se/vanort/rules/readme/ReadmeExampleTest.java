package se.vanort.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example of embedding vanort, taken from the README itself (the first {@code java}
 * block of "Embedding vanort"): it compiles as a class of its own with nothing but its imports, and
 * run in a JVM of its own it prints the findings and nothing else (no logging on a normal check).
 */
class ReadmeExampleTest {
  private static final String SECTION = "## Embedding vanort";
  private static final Pattern CLASS_NAME = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

  @TempDir
  static Path classes;

  private static Run run;

  @BeforeAll
  static void compile_and_run_the_readmes_example() throws Exception {
    String example = example(Files.readString(readme(), StandardCharsets.UTF_8));
    Matcher name = CLASS_NAME.matcher(example);
    assertThat(name.find()).as("the example declares a public class").isTrue();
    Path source = classes.resolve(name.group(1) + ".java");
    Files.writeString(source, example, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-Xlint:all", "-Werror", "-proc:none",
        "-classpath", classPath(), "-d", classes.toString(), source.toString());
    assertThat(compiled).as("javac's exit code for the README's example").isZero();

    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-classpath", classes + java.io.File.pathSeparator + classPath(), name.group(1)).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the example ends within a minute").isTrue();
    run = new Run(process.exitValue(), out.get(), err.get());
  }

  @Test
  void the_example_reports_the_missing_conference_of_2023_and_exits_with_1() {
    assertThat(run.out()).contains("VA2021/A1 va.conference-every-second-year [VA2021]")
        .contains("No twin-town conference is recorded in 2023");
    assertThat(run.exit()).as("exit code, with a SHALL clause breached; stderr: %s", run.err()).isEqualTo(1);
  }

  @Test
  void the_example_logs_nothing() {
    assertThat(run.err()).isEmpty();
    List<String> notFindings = run.out().lines()
        .filter(line -> !line.matches("(VA2021|VIS2016)/\\S+ \\S+ \\[.*") && !line.startsWith("  "))
        .toList();
    assertThat(notFindings).as("lines printed that are no finding").isEmpty();
  }

  /** The first {@code java} block after the heading "Embedding vanort". */
  static String example(String readme) {
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README.md has a section 'Embedding vanort'").isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  // Surefire runs the tests from a manifest-only jar; the class path it stands for is this property.
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Path readme() {
    Path directory = Path.of("").toAbsolutePath();
    while (!Files.exists(directory.resolve("README.md"))) {
      directory = directory.getParent();
    }
    return directory.resolve("README.md");
  }

  private record Run(int exit, String out, String err) {}
}
