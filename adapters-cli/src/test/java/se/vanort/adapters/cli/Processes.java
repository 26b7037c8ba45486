package se.vanort.adapters.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line as a process of its own, as a user does, for tests of whole processes. */
final class Processes {
  private Processes() {}

  /** Starts {@code vanort args} with {@code environment} added to this one's (without its database URL). */
  static Process vanort(Map<String, String> environment, String... args) throws IOException {
    return vanort(environment, List.of("-Xmx512m"), args);
  }

  /** Starts {@code vanort args} in a JVM with {@code jvmOptions}, and {@code environment} added to this one's. */
  static Process vanort(Map<String, String> environment, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("VANORT_DB_URL");
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Everything the process wrote to stdout and stderr. */
  static String output(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
