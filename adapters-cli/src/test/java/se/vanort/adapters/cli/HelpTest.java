package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @Test
  void help_lists_the_commands_and_documents_the_exit_codes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: vanort").contains("check").contains("rules")
        .contains("Exit codes:").contains("0  no SHALL finding").contains("1  at least one SHALL finding")
        .contains("2  bad input or usage").contains("3  an internal error");
  }

  @Test
  void help_is_in_swedish_with_lang_sv() {
    Cli.Run run = Cli.run("--help", "--lang", "sv");

    assertThat(run.out()).contains("Användning: vanort").contains("Slutkoder:").contains("inget SKA-fynd");
  }

  @Test
  void help_is_in_swedish_when_the_locale_is_swedish() {
    Cli.Run run = Cli.run(new Environment(Map.of(), Locale.forLanguageTag("sv-SE"), false, false), "rules", "--help");

    assertThat(run.out()).contains("Lista alla regler");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rules", "show"})
  void every_command_has_help_with_an_example_and_the_exit_codes(String command) {
    String[] args = command.equals("show") ? new String[] {"rules", "show", "--help"} : new String[] {command, "--help"};
    Cli.Run run = Cli.run(args);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Example").contains("vanort ").contains("Exit codes:");
  }

  @Test
  void a_mistyped_command_is_refused_with_a_suggestion_and_exit_2() {
    Cli.Run run = Cli.run("rulez");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'rulez'").contains("vanort rules").contains("vanort --help");
  }

  @Test
  void no_command_is_a_usage_error() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("a command is needed");
  }
}
