package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ToolCommandsTest {
  @TempDir
  Path directory;

  @Test
  void coverage_without_a_register_classifies_every_clause() {
    Cli.Run run = Cli.run("coverage");

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("VA2021/A1 +checked +va\\.conference-every-second-year")
        .containsPattern("VA2021/GOAL +not checkable").containsPattern("VA2021/S1 +tagging")
        .contains("Clauses: ").doesNotContain("activities");
  }

  @Test
  void coverage_of_a_register_counts_the_tagged_activities_in_swedish() {
    Cli.Run run = Cli.run("coverage", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--lang", "sv");

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("VA2021/A1 +granskas")
        .containsPattern("VA2021/S1 +aktiviteter kopplade till mål .*ingen aktivitet")
        .contains("ingen aktivitet kopplad till VA2021/S1").doesNotContain("tagg");
  }

  @Test
  void coverage_as_json_lists_every_clause_with_its_status() throws Exception {
    Cli.Run run = Cli.run("coverage", "--format", "json");

    JsonNode coverage = new ObjectMapper().readTree(run.out());
    assertThat(coverage.get(0).get("clause").asText()).isEqualTo("VA2021/GOAL");
    assertThat(coverage.get(0).get("status").asText()).isEqualTo("NOT_CHECKABLE");
  }

  @Test
  void init_writes_a_starter_that_check_reads() throws Exception {
    Path file = directory.resolve("register.yaml");
    Cli.Run init = Cli.run("init", file.toString());
    Cli.Run check = Cli.run("check", file.toString());

    assertThat(init.code()).isZero();
    assertThat(init.out()).contains("Wrote a starter register to " + file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("#").contains("perspective:");
    assertThat(check.code()).as(check.toString()).isIn(0, 1);
    assertThat(check.err()).isEmpty();
  }

  @Test
  void init_never_overwrites_without_force() throws Exception {
    Path file = directory.resolve("mine.yaml");
    Files.writeString(file, "my records");

    Cli.Run refused = Cli.run("init", file.toString(), "--lang", "sv");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("finns redan; ange --force");
    assertThat(Files.readString(file)).isEqualTo("my records");

    Cli.Run forced = Cli.run("init", file.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(file)).contains("perspective:");
  }

  @Test
  void init_without_a_file_prints_the_starter() {
    Cli.Run run = Cli.run("init");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(Fixtures.starter());
  }

  @Test
  void scenarios_that_hold_pass_and_those_that_differ_say_how() {
    Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL);
    String passing = Fixtures.write(directory, "nothing.yaml", """
        name: nothing applies to Vimmerby alone
        register: minimal.yaml
        expect: []
        """);
    String failing = Fixtures.write(directory, "conference.yaml", """
        name: a conference is expected
        register: minimal.yaml
        expect:
          - { rule: va.conference-every-second-year, subjects: [VA2021] }
        """);
    Cli.Run run = Cli.run("test", passing, failing);

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("PASS  " + passing + "  (nothing applies to Vimmerby alone)")
        .contains("FAIL  " + failing)
        .contains("expected but not found: { rule: va.conference-every-second-year, subjects: [VA2021] }")
        .endsWith("1 passed, 1 failed\n");
  }

  @Test
  void findings_not_expected_fail_a_scenario_and_are_named_in_swedish() {
    Fixtures.write(directory, "starter.yaml", Fixtures.starter());
    String scenario = Fixtures.write(directory, "quiet.yaml", """
        name: expects nothing of the starter
        register: starter.yaml
        period: 2023..2023
        expect: []
        """);
    Cli.Run run = Cli.run("test", scenario, "--lang", "sv");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("UNDERKÄND").contains("hittad men inte väntad: { rule: va.conference-every-second-year")
        .endsWith("0 godkända, 1 underkända\n");
  }

  @Test
  void all_scenarios_passing_exit_0() {
    Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL);
    String passing = Fixtures.write(directory, "nothing.yaml", "name: quiet\nregister: minimal.yaml\nexpect: []\n");

    Cli.Run run = Cli.run("test", passing);

    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("1 passed, 0 failed\n");
  }

  @Test
  void an_unreadable_scenario_fails_with_its_problems_and_exit_2() {
    String broken = Fixtures.write(directory, "broken.yaml", "name: no register\nexpect: []\n");

    Cli.Run run = Cli.run("test", broken);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains("FAIL  " + broken).contains("register: is required").endsWith("0 passed, 1 failed\n");
  }

  @Test
  void the_completion_script_is_generated_by_picocli() {
    Cli.Run run = Cli.run("generate-completion");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("complete").contains("vanort").contains("who-decides").contains("--min-modality");
  }

  @Test
  void an_internal_error_is_a_message_with_exit_3_and_a_stack_trace_only_with_debug() {
    CommandLine commandLine = Main.commandLine(new Environment(Map.of(), Locale.ENGLISH, false, false),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Language.EN);
    StringWriter err = new StringWriter();
    commandLine.addSubcommand("boom", new Boom());
    // settings reach only the subcommands present when they are made
    commandLine.setErr(new PrintWriter(err, true)).setCaseInsensitiveEnumValuesAllowed(true);

    int plain = commandLine.execute("boom");
    assertThat(plain).isEqualTo(3);
    assertThat(err.toString()).contains("vanort: internal error: java.lang.IllegalStateException: broken on purpose")
        .contains("Run the command again with --debug").doesNotContain("\tat ");

    err.getBuffer().setLength(0);
    int debug = commandLine.execute("boom", "--debug");
    assertThat(debug).isEqualTo(3);
    assertThat(err.toString()).contains("\tat se.vanort.adapters.cli.ToolCommandsTest$Boom.call");
  }

  @Test
  void the_progress_bar_draws_on_a_terminal_and_stays_silent_otherwise() {
    StringWriter shown = new StringWriter();
    Progress bar = Progress.on(new PrintWriter(shown), true, 2);
    bar.step("reading");
    bar.step("storing");
    bar.done();
    StringWriter silent = new StringWriter();
    Progress quiet = Progress.on(new PrintWriter(silent), false, 2);
    quiet.step("reading");
    quiet.done();

    assertThat(shown.toString()).contains("[" + " ".repeat(24) + "] reading").contains("[============            ] storing")
        .contains("[========================]").contains("\r");
    assertThat(silent.toString()).isEmpty();
  }

  /** A command that fails the way a bug would. */
  @Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Mixin
    CommonOptions options;

    @Override
    public Integer call() {
      throw new IllegalStateException("broken on purpose");
    }
  }
}
