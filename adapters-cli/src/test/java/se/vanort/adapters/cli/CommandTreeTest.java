package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the model of the command it names only, and it behaves as in the whole tree. */
class CommandTreeTest {
  private static final Environment ENGLISH = new Environment(Map.of("COLUMNS", "1000"), Locale.ENGLISH, false, false);

  @Test
  void a_run_of_one_command_builds_that_command_only() {
    assertThat(Main.commandsFor(new String[] {"check", "examples/vimmerby.yaml"})).containsExactly(CheckCommand.class);
    assertThat(Main.commandsFor(new String[] {"db", "list"})).containsExactly(DbCommand.class);
    assertThat(Main.commandsFor(new String[] {"--version"})).isEmpty();
  }

  @Test
  void help_a_mistyped_name_and_completion_get_every_command() {
    assertThat(Main.commandsFor(new String[] {})).isEqualTo(VanortCommand.COMMANDS);
    assertThat(Main.commandsFor(new String[] {"--help"})).isEqualTo(VanortCommand.COMMANDS);
    assertThat(Main.commandsFor(new String[] {"chek"})).isEqualTo(VanortCommand.COMMANDS);
    assertThat(Main.commandsFor(new String[] {"generate-completion"})).isEqualTo(VanortCommand.COMMANDS);
    assertThat(Main.commandsFor(new String[] {"--lang", "sv", "check"})).isEqualTo(VanortCommand.COMMANDS);
  }

  @ParameterizedTest
  @MethodSource("se.vanort.adapters.cli.HelpTest#commands")
  void the_help_of_a_command_run_alone_is_its_help_in_the_whole_tree(String command) {
    String[] path = command.split(" ");
    CommandLine whole = Main.commandLine(ENGLISH, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Language.EN);
    for (String name : path) {
      whole = whole.getSubcommands().get(name);
    }
    String[] args = Arrays.copyOf(path, path.length + 1);
    args[path.length] = "--help";

    Cli.Run alone = Cli.run(ENGLISH, args);

    assertThat(alone.code()).isZero();
    assertThat(alone.out()).isEqualTo(whole.getUsageMessage());
  }

  @Test
  void a_mistyped_command_is_still_answered_with_the_closest() {
    Cli.Run run = Cli.run(ENGLISH, "chek", "examples/vimmerby.yaml");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("check");
  }

  @Test
  void the_version_needs_no_command() {
    Cli.Run run = Cli.run(ENGLISH, "--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("\\d+\\.\\d+");
  }
}
