package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class HelpTest {
  static Stream<String> commands() {
    return Stream.of("check", "report", "due", "who-decides", "coordinator", "delegation", "rules", "rules show", "coverage",
        "test", "diff", "db", "db import", "db export", "db list", "db show", "db history", "init", "generate-completion");
  }

  @Test
  void help_lists_the_commands_and_documents_the_exit_codes() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: vanort").contains("check").contains("who-decides").contains("db")
        .contains("Exit codes:").contains("0  no SHALL finding").contains("1  at least one SHALL finding")
        .contains("2  bad input or usage").contains("3  an internal error");
  }

  @Test
  void help_is_in_swedish_with_lang_sv() {
    Cli.Run run = Cli.run("--help", "--lang", "sv");

    assertThat(run.out()).contains("Användning: vanort").contains("Slutkoder:").contains("ingen brist (SKA)")
        .contains("Granska ett register mot VA2021 och VIS2016");
  }

  @Test
  void help_is_in_swedish_when_the_locale_is_swedish() {
    Cli.Run run = Cli.run(new Environment(Map.of(), Locale.forLanguageTag("sv-SE"), false, false), "rules", "--help");

    assertThat(run.out()).contains("Lista alla regler");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void every_command_has_help_with_an_example_and_the_exit_codes(String command) {
    Cli.Run run = Cli.run(args(command, "--help"));

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: vanort " + command).contains("Example").contains("  vanort ")
        .contains("Exit codes:");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void every_command_has_help_in_swedish(String command) {
    Cli.Run run = Cli.run(args(command, "--help", "--lang", "sv"));

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Användning: vanort " + command).contains("Exempel:").contains("Slutkoder:");
  }

  @ParameterizedTest
  @MethodSource("registerSourceCommands")
  void check_and_report_describe_the_same_register_source(String command, String lang, String file, String db) {
    Cli.Run run = Cli.run(command, "--help", "--lang", lang);

    assertThat(run.code()).isZero();
    assertThat(run.out().lines().map(String::strip))
        .anySatisfy(line -> assertThat(line).startsWith("[FILE]").endsWith(file))
        .anySatisfy(line -> assertThat(line).startsWith("--db=ID").endsWith(db))
        .anySatisfy(line -> assertThat(line).startsWith("--db-url=JDBC_URL"))
        .anySatisfy(line -> assertThat(line).startsWith("--max-file-size=SIZE"));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> registerSourceCommands() {
    String fileEn = "The register (YAML or JSON); or give --db ID.";
    String dbEn = "Check the latest revision of the register stored in the database under ID.";
    String fileSv = "Registret (YAML eller JSON); eller ange --db ID.";
    String dbSv = "Granska den senaste versionen av registret som är sparat i databasen under ID.";
    return Stream.of("check", "report").flatMap(command -> Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(command, "en", fileEn, dbEn),
        org.junit.jupiter.params.provider.Arguments.of(command, "sv", fileSv, dbSv)));
  }

  @Test
  void every_option_and_parameter_is_described_in_swedish() {
    List<String> untranslated = new ArrayList<>();
    CommandSpec english = commandLine(Language.EN).getCommandSpec();
    CommandSpec swedish = commandLine(Language.SV).getCommandSpec();
    compare(english, swedish, untranslated);

    assertThat(untranslated).isEmpty();
  }

  private static void compare(CommandSpec english, CommandSpec swedish, List<String> untranslated) {
    List<ArgSpec> en = english.args();
    List<ArgSpec> sv = swedish.args();
    for (int i = 0; i < en.size(); i++) {
      if (String.join(" ", en.get(i).description()).equals(String.join(" ", sv.get(i).description()))) {
        untranslated.add(english.qualifiedName() + " " + en.get(i).paramLabel() + " " + String.join(" ", en.get(i).description()));
      }
    }
    if (english.usageMessage().header().length > 0
        && String.join(" ", english.usageMessage().header()).equals(String.join(" ", swedish.usageMessage().header()))) {
      untranslated.add(english.qualifiedName() + " header");
    }
    english.subcommands().forEach((name, sub) ->
        compare(sub.getCommandSpec(), swedish.subcommands().get(name).getCommandSpec(), untranslated));
  }

  private static CommandLine commandLine(Language language) {
    return Main.commandLine(new Environment(Map.of(), Locale.ENGLISH, false, false),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), language);
  }

  @Test
  void a_mistyped_command_is_refused_with_a_suggestion_and_exit_2() {
    Cli.Run run = Cli.run("chek", "examples/vimmerby.yaml");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'chek'").contains("vanort check").contains("vanort --help");
  }

  @Test
  void a_mistyped_option_is_refused_with_a_suggestion_and_exit_2() {
    Cli.Run run = Cli.run("check", "examples/vimmerby.yaml", "--perod", "2021..2026");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown options: '--perod'").contains("--period");
  }

  @Test
  void no_command_is_a_usage_error() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("a command is needed");
  }

  @Test
  void version_names_the_rulebook_version() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("vanort ").doesNotContain("${");
  }

  private static String[] args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
