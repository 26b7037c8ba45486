package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import se.vanort.adapters.cli.file.RepositoryFiles;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.register.Register;

/**
 * Issue 16, "Done when", first bullet: every command's output in Swedish, in each format, on the
 * example register, holds no text that is not Swedish. Three ways a text can fail:
 *
 * <ul>
 *   <li>a key of an English bundle that its {@code _sv} sibling lacks (every bundle of the repository:
 *       the command's texts, its help, the rules' messages), or a help text of an option or command
 *       that picocli finds no Swedish for;
 *   <li>a Swedish value equal to the English one, apart from {@link #SAME_IN_BOTH} (names, codes and
 *       patterns that are the same in both languages);
 *   <li>a word of {@link #ENGLISH} or a kind or field code of the register (derived from the domain's
 *       enums and record types) in the prose of any output, after the record ids of the example, the
 *       rule and clause ids, and what the user types (commands, options, their labels and values,
 *       example command lines) are set aside.
 * </ul>
 *
 * <p>Texts that other work is rewriting in parallel are listed, not failed: {@link #BEING_REWRITTEN}.
 * That list must be emptied when that work lands.
 */
class SwedishTextTest {
  /**
   * Known, being rewritten (issue 16): the texts of findings and query answers, rendered from the rules'
   * {@code messages*.properties} (the {@code findings} work), and the catalogue's requirement,
   * interpretation and not-checkable reason of a rule or clause (the {@code catalogue} work). They are
   * still scanned and printed, but do not fail the test while this is true. Set it to false at the
   * merge of that work.
   */
  static final boolean BEING_REWRITTEN = false;

  /**
   * The JSON fields that carry the English rendering beside the Swedish one by design ({@code rules
   * show} gives a clause's {@code en} beside its {@code sv}, and {@code notCheckable} beside {@code
   * notCheckableSv}), for programs that need both languages.
   */
  private static final Set<String> ENGLISH_BY_DESIGN = Set.of("en", "notCheckable");

  /** The JSON fields whose prose comes from those two sources: how the test recognises their texts. */
  private static final Set<String> REWRITTEN_FIELDS =
      Set.of("message", "facts", "remedy", "description", "explanation", "requirement", "interpretation", "reason",
          "decider", "authority");

  /**
   * English words that never belong in Swedish prose: frequent function words, the words of the
   * domain, and the modalities in capitals. Lower case matches any case; the capitalised modalities
   * match only in capitals (so that the option value {@code shall} may be quoted).
   */
  static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "was", "with", "for", "from",
      "not", "no", "by", "at", "on", "this", "that", "which", "has", "have", "be", "or", "an", "it", "its", "their",
      "meeting", "meetings", "conference", "conferences", "event", "events", "youth", "camp", "secretary", "secretaries",
      "council", "board", "committee", "decision", "decisions", "project", "projects", "agreement", "strategy",
      "finding", "findings", "breach", "breaches", "deviation", "deviations", "remedy", "facts", "clause", "clauses",
      "rule", "rules", "checked", "permission", "permissions", "coverage", "tagging", "done", "due", "missed",
      "optional", "record", "records", "unknown", "missing", "invalid", "expected", "found", "none", "kind",
      "followups", "twin", "town", "municipality", "body", "bodies", "person", "people", "report", "wrote", "stored",
      "revision", "revisions", "saved", "since", "until", "period", "yes", "error", "usage", "options", "commands",
      "parameters", "default", "file", "register's", "please", "should", "shall", "may");

  /** The capitalised modalities, English in Swedish prose (SKA, BÖR, FÅR are the Swedish). */
  static final Set<String> ENGLISH_CAPITALS = Set.of("SHALL", "SHOULD", "MAY", "INFO");

  /**
   * Values that are the same in Swedish and English, each for a reason: the command's name as a prefix,
   * the calendar's name pattern, a bare column name that is the same word in both, and words the
   * glossary keeps in both languages.
   */
  static final Set<String> SAME_IN_BOTH = Set.of("vanort: ", "vanort: {0} {1}..{2}", "register", "period",
      "status", "scenario", "register|version|status|detail", "Register",
      "ICLD");

  /** The register's words that Swedish prose may use because they are Swedish words too. */
  static final Set<String> SWEDISH_TOO = Set.of("administration", "delegation", "period", "status", "register",
      "partner", "program", "plan", "norden", "person", "organ", "budget");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A register with a problem of most kinds: unknown fields, references and codes, bad values, duplicates. */
  private static final String INVALID = """
      perspective: { municipality: vimmerbi, asOf: 2025-12-31 }
      municipalities:
        - { id: vimmerby, name: Vimmerby kommun, country: SE, contry: SE }
        - { id: vimmerby, name: "", country: SEE }
        - { id: kauhava, name: Kauhava, country: FI }
      agreements:
        - id: VA2021
          period: { from: 2026-12-31, to: 2021-01-01 }
          parties: [vimmerby]
          conferences: { everyYears: 0, anchorYear: 2021 }
          revisionEveryYears: 6
      bodies:
        - { id: kf, kind: councill, name: Kommunfullmäktige, municipality: vimmerby }
        - { id: ks, kind: executive-board, name: Kommunstyrelsen, municipality: kauhavaa }
      people:
        - id: p-sec
          positions: [ { body: kss, role: twin-town-secretary, from: 2021-01-01 } ]
          contact: { email: not-an-address, phone: call me }
      events:
        - { id: conf-2025, kind: conference, date: 2025-13-11, host: kauhava }
        - { id: meet-2025, kind: twin-town-meeting, date: 2025-06-11, host: kauhava, secretary: p-nobody }
      decisions:
        - { id: d-1, body: kf, date: 2025-01-01, matter: establish-twin-towns }
      """;

  @TempDir
  static Path directory;

  private static String example;
  private static Set<String> ids;
  private static Set<String> codes;
  private static Set<String> typed;
  private static Set<String> scenarioNames;

  @BeforeAll
  static void read() throws IOException {
    example = RepositoryFiles.file("examples/vimmerby.yaml").toString();
    ids = recordIds(Path.of(example));
    codes = registerCodes();
    typed = whatUsersType();
    scenarioNames = scenarioNames();
  }

  // ---------------------------------------------------------------- bundles

  @Test
  void every_english_bundle_has_a_swedish_sibling_with_every_key() throws IOException {
    Map<Path, List<String>> missing = new TreeMap<>();
    for (Path english : englishBundles()) {
      Path swedish = swedishOf(english);
      assertThat(swedish).as("the Swedish sibling of " + english).exists();
      Properties en = load(english);
      Properties sv = load(swedish);
      List<String> keys = en.stringPropertyNames().stream().filter(key -> !sv.containsKey(key)).sorted().toList();
      if (!keys.isEmpty()) {
        missing.put(RepositoryFiles.root().relativize(english), keys);
      }
    }
    assertThat(missing).as("keys without a Swedish text").isEmpty();
  }

  @Test
  void no_swedish_value_is_a_copy_of_the_english_one() throws IOException {
    Map<String, String> copied = new TreeMap<>();
    Map<String, String> known = new TreeMap<>();
    for (Path english : englishBundles()) {
      Properties en = load(english);
      Properties sv = load(swedishOf(english));
      for (String key : en.stringPropertyNames()) {
        String value = en.getProperty(key);
        if (value.equals(sv.getProperty(key)) && hasWords(value) && !SAME_IN_BOTH.contains(value)) {
          (isRulesBundle(english) ? known : copied).put(english.getFileName() + " " + key, value);
        }
      }
    }
    printKnown("copied into a rules bundle", known.toString());
    assertThat(copied).as("Swedish values equal to the English").isEmpty();
    if (!BEING_REWRITTEN) {
      assertThat(known).isEmpty();
    }
  }

  @Test
  void every_help_text_of_every_command_has_its_own_swedish() {
    CommandLine english = Main.commandLine(environment(), sink(), sink(), Language.EN);
    CommandLine swedish = Main.commandLine(environment(), sink(), sink(), Language.SV);
    List<String> untranslated = new ArrayList<>();
    compareHelp(english, swedish, untranslated);
    assertThat(untranslated).as("help texts that are the same in Swedish as in English").isEmpty();
  }

  private static void compareHelp(CommandLine english, CommandLine swedish, List<String> untranslated) {
    CommandSpec en = english.getCommandSpec();
    CommandSpec sv = swedish.getCommandSpec();
    String name = en.qualifiedName();
    same(name + " header", en.usageMessage().header(), sv.usageMessage().header(), untranslated);
    same(name + " description", en.usageMessage().description(), sv.usageMessage().description(), untranslated);
    for (ArgSpec arg : en.args()) {
      ArgSpec other = arg.isOption() ? sv.findOption(((CommandLine.Model.OptionSpec) arg).longestName())
          : sv.positionalParameters().get(((CommandLine.Model.PositionalParamSpec) arg).index().min());
      if (!arg.hidden()) {
        same(name + " " + arg.paramLabel() + (arg.isOption() ? " " + ((CommandLine.Model.OptionSpec) arg).longestName() : ""),
            arg.description(), other.description(), untranslated);
      }
    }
    for (Map.Entry<String, CommandLine> sub : english.getSubcommands().entrySet()) {
      compareHelp(sub.getValue(), swedish.getSubcommands().get(sub.getKey()), untranslated);
    }
  }

  private static void same(String what, String[] english, String[] swedish, List<String> untranslated) {
    String en = String.join(" ", english).strip();
    String sv = String.join(" ", swedish).strip();
    if (hasWords(en) && en.equals(sv)) {
      untranslated.add(what + ": " + en);
    }
  }

  // ---------------------------------------------------------------- outputs

  @Test
  void every_command_answers_in_swedish_in_every_format() throws IOException {
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (List<String> command : commands()) {
      scan(command, wrong, known);
    }
    printKnown("English in texts being rewritten", known.toString());
    assertThat(wrong).as("English words or register codes in Swedish output").isEmpty();
    if (!BEING_REWRITTEN) {
      assertThat(known).isEmpty();
    }
  }

  @Test
  void help_and_errors_are_swedish() throws IOException {
    Map<String, List<String>> wrong = new LinkedHashMap<>();
    Map<String, List<String>> known = new LinkedHashMap<>();
    List<List<String>> runs = new ArrayList<>();
    runs.add(List.of("--help"));
    collectCommands(Main.commandLine(environment(), sink(), sink(), Language.SV), runs);
    String reversed = Fixtures.write(directory, "reversed.yaml", Fixtures.MINIMAL.replace("asOf: 2025-12-31",
        "asOf: 2025-13-31"));
    String invalid = Fixtures.write(directory, "invalid.yaml", INVALID);
    runs.addAll(List.of(
        List.of("check", example, "--bogus"), List.of("chekc"), List.of("check", example, "--as-of", "xx"),
        List.of("check", example, "--period", "2021..2099"), List.of("check", example, "--period", "2026..2021"),
        List.of("check", example, "--min-modality", "may"), List.of("check", example, "--format", "yaml"),
        List.of("who-decides", "shcool-exchange"), List.of("who-decides", "nothing-like-it"),
        List.of("coordinator", example), List.of("due", example, "--year", "2024", "--period", "2024"),
        List.of("due", example, "--year", "1066"), List.of("check", example, "--max-file-size", "lots"),
        List.of("check", example, "extra"), List.of("check", directory.resolve("none.yaml").toString()),
        List.of("init", "--format", "json"), List.of("rules", "show", "va.nothing"),
        List.of("delegation", example, "conf-2052"), List.of("check", reversed),
        List.of("check", reversed, "--format", "json"), List.of("check", invalid), List.of("check", invalid, "--format", "json"),
        List.of("db", "import", invalid)));
    for (List<String> run : runs) {
      scan(run, wrong, known);
    }
    printKnown("English in help and errors being rewritten", known.toString());
    assertThat(wrong).as("English words or register codes in Swedish help and errors").isEmpty();
  }

  @Test
  void init_in_swedish_writes_swedish_comments_about_the_same_records() throws IOException {
    Cli.Run swedish = Cli.run(Map.of(), "init", "--lang", "sv");
    Cli.Run english = Cli.run(Map.of(), "init");

    assertThat(records(swedish.out())).isEqualTo(records(english.out()));
    // the prose of the comments: "# text", not the commented-out example records ("#  - id: …")
    String comments = String.join("\n", swedish.out().lines().filter(line -> line.matches("# \\S.*"))
        .map(line -> line.substring(1)).toList());
    assertThat(comments).contains("vänortskonferens");
    assertThat(offending(comments, Set.of())).as("English in the Swedish starter's comments").isEmpty();
  }

  /** The lines of a register that are not comments: the records themselves. */
  private static List<String> records(String yaml) {
    return yaml.lines().filter(line -> !line.isBlank() && !line.startsWith("# ") && !line.equals("#")).toList();
  }

  @Test
  void text_output_wraps_to_the_terminal_without_breaking_words() {
    Cli.Run narrow = Cli.run(Map.of("COLUMNS", "60"), "check", example, "--lang", "sv");
    Cli.Run wide = Cli.run(Map.of("COLUMNS", "1000"), "check", example, "--lang", "sv");
    Cli.Run none = Cli.run(environment(), "check", example, "--lang", "sv");

    assertThat(none.out().lines()).allSatisfy(line -> assertThat(visibleLength(line)).isLessThanOrEqualTo(80)
        .as(line));
    // a line may exceed the width only when it holds a word longer than the room
    assertThat(narrow.out().lines().filter(line -> line.length() > 60 && !line.strip().contains(" ")))
        .isEmpty();
    assertThat(words(narrow.out())).isEqualTo(words(wide.out()));
    assertThat(wide.out().lines().anyMatch(line -> line.length() > 80)).isTrue();
    Cli.Run json = Cli.run(Map.of("COLUMNS", "60"), "check", example, "--lang", "sv", "--format", "json");
    assertThat(json.out().lines().anyMatch(line -> line.length() > 60)).as("JSON is never wrapped").isTrue();
  }

  private static int visibleLength(String line) {
    return line.length();
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.strip().split("\\s+"));
  }

  // ---------------------------------------------------------------- the scan

  /** Every command on the example register, in each format it gives. */
  private static List<List<String>> commands() throws IOException {
    List<List<String>> runs = new ArrayList<>();
    Map<String, List<String>> answers = new LinkedHashMap<>();
    answers.put("check", List.of("check", example));
    answers.put("check-should", List.of("check", example, "--min-modality", "shall"));
    answers.put("due", List.of("due", example));
    answers.put("due-2026", List.of("due", example, "--year", "2026"));
    answers.put("due-period", List.of("due", example, "--period", "2021..2027"));
    answers.put("coverage", List.of("coverage", example));
    answers.put("coverage-bare", List.of("coverage"));
    answers.put("coordinator", List.of("coordinator", example, "--on", "2024-03-01"));
    answers.put("coordinator-late", List.of("coordinator", example, "--on", "2027-03-01"));
    answers.put("delegation", List.of("delegation", example, "conf-2025"));
    answers.put("rules", List.of("rules"));
    for (se.vanort.domain.decision.Matter matter : se.vanort.domain.decision.Matter.values()) {
      answers.put("who-" + matter, List.of("who-decides", Kebab.of(matter), "--register", example));
    }
    answers.put("who-over", List.of("who-decides", "school-exchange", "--over-budget"));
    List<String> scenarios = RepositoryFiles.scenarios().stream().map(Path::toString).toList();
    List<String> test = new ArrayList<>(List.of("test"));
    test.addAll(scenarios);
    answers.put("test", test);
    for (List<String> answer : answers.values()) {
      for (String format : List.of("text", "markdown", "json")) {
        List<String> run = new ArrayList<>(answer);
        run.addAll(List.of("--format", format));
        runs.add(run);
      }
    }
    for (RuleDefinition rule : Documents.allRules()) {
      runs.add(List.of("rules", "show", rule.getId().value()));
    }
    for (se.vanort.domain.document.Document document : Documents.all()) {
      for (Clause clause : document.getClauses()) {
        runs.add(List.of("rules", "show", clause.getId().value(), "--format", "json"));
      }
    }
    // the database: two revisions, a saved check, and what is said about them
    Path second = directory.resolve("second.yaml");
    Files.writeString(second, Files.readString(Path.of(example)).replace("asOf: 2025-12-31", "asOf: 2025-06-30"));
    runs.add(List.of("db", "import", example));
    runs.add(List.of("db", "import", example));
    runs.add(List.of("check", "--db", "vimmerby", "--save"));
    runs.add(List.of("db", "import", second.toString()));
    runs.add(List.of("check", "--db", "vimmerby", "--save"));
    for (String format : List.of("text", "markdown", "json")) {
      runs.add(List.of("db", "list", "--format", format));
      runs.add(List.of("db", "show", "vimmerby", "--format", format));
      runs.add(List.of("db", "history", "vimmerby", "--checks", "--format", format));
      runs.add(List.of("db", "verify", "--format", format));
      runs.add(List.of("diff", "vimmerby", "--revisions", "1..2", "--format", format));
      runs.add(List.of("diff", "vimmerby", "--checks", "1..2", "--format", format));
      runs.add(List.of("diff", "vimmerby", "--file", example, "--format", format));
    }
    return runs;
  }

  /** Runs {@code vanort args --lang sv} and files what is not Swedish in its output under wrong or known. */
  private static void scan(List<String> args, Map<String, List<String>> wrong, Map<String, List<String>> known)
      throws IOException {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--lang", "sv"));
    Cli.Run run = Cli.run(new Environment(Map.of("VANORT_HOME", directory.resolve("home").toString(),
        "COLUMNS", "1000"), Locale.ENGLISH, false, false), all.toArray(String[]::new));
    String label = String.join(" ", args);
    assertThat(run.code()).as(label + "\n" + run).isLessThan(ExitCodes.INTERNAL);
    Set<String> rewritten = new HashSet<>();
    Set<String> rewrittenData = new HashSet<>();
    String prose;
    if (args.contains("json") || (run.out().startsWith("{") && args.contains("--format"))) {
      JsonNode root = JSON.readTree(run.out().isBlank() ? "{}" : run.out());
      List<String> texts = new ArrayList<>();
      strings(root, null, texts, rewritten);
      prose = String.join("\n", texts);
    } else {
      prose = run.out();
      rewritten.addAll(rewrittenTexts(args));
    }
    prose = prose + "\n" + run.err();
    // a clause's English rendering stands beside its Swedish text by design ("Engelska: …")
    for (se.vanort.domain.document.Document document : Documents.all()) {
      for (Clause clause : document.getClauses()) {
        prose = prose.replace(clause.getTextEn(), " ");
      }
    }
    // the data of the files themselves: a scenario's own name is the municipality's text, not vanort's
    for (Path scenario : RepositoryFiles.scenarios()) {
      JsonNode name = new ObjectMapper(new YAMLFactory()).readTree(scenario.toFile()).path("name");
      if (name.isTextual()) {
        rewrittenData.add(name.asText());
      }
    }
    prose = flat(prose);
    for (String text : rewrittenData) {
      prose = prose.replace(flat(text), " ");
    }
    if (args.get(0).equals("rules")) {
      // the rules listing and a rule in full are the catalogue's texts, its modality labels included
      rewritten.add(prose);
    }
    List<String> appeared = new ArrayList<>();
    for (String text : rewritten.stream().map(SwedishTextTest::flat).sorted((a, b) -> b.length() - a.length()).toList()) {
      if (!text.isEmpty() && prose.contains(text)) {
        appeared.add(text);
        prose = prose.replace(text, " ");
      }
    }
    List<String> offending = offending(prose, typed);
    if (!offending.isEmpty()) {
      wrong.put(label, offending);
    }
    List<String> inRewritten = offending(String.join("\n", appeared), typed);
    if (!inRewritten.isEmpty()) {
      known.put(label, inRewritten);
    }
  }

  /** {@code text} on one line, without example command lines, whitespace collapsed. */
  private static String flat(String text) {
    return text.lines().filter(line -> !line.strip().startsWith("vanort ") && !line.strip().startsWith("Användning:"))
        .reduce("", (a, b) -> a + " " + b).replaceAll("\\s+", " ").strip();
  }

  /** The texts of the rewritten sources in the output of {@code args}: those of its JSON twin. */
  private static Set<String> rewrittenTexts(List<String> args) throws IOException {
    List<String> json = new ArrayList<>(args.stream().filter(arg -> !arg.equals("text") && !arg.equals("markdown")
        && !arg.equals("--format")).toList());
    json.remove("--save");
    if (json.get(0).equals("init") || (json.get(0).equals("db") && json.contains("import"))) {
      return Set.of();
    }
    json.addAll(List.of("--format", "json", "--lang", "sv"));
    Cli.Run run = Cli.run(new Environment(Map.of("VANORT_HOME", directory.resolve("home").toString()),
        Locale.ENGLISH, false, false), json.toArray(String[]::new));
    Set<String> texts = new HashSet<>();
    try {
      strings(JSON.readTree(run.out()), null, new ArrayList<>(), texts);
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
    // the catalogue's reasons and texts, which text output shows without a JSON twin
    for (RuleDefinition rule : Documents.allRules()) {
      texts.add(rule.getRequirement());
      rule.getInterpretation().ifPresent(texts::add);
    }
    for (se.vanort.domain.document.Document document : Documents.all()) {
      for (Clause clause : document.getClauses()) {
        clause.getNotCheckableReason().ifPresent(texts::add);
      }
    }
    return texts;
  }

  /** The prose of a JSON answer: its strings that hold a space; those of the rewritten fields apart. */
  private static void strings(JsonNode node, String field, List<String> prose, java.util.Collection<String> rewritten) {
    if (node.isObject() && node.has("problems")) {
      // an error's problems are vanort's own texts, whatever their field is called
      node.fields().forEachRemaining(entry -> strings(entry.getValue(), entry.getKey(), prose, prose));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(entry -> strings(entry.getValue(), entry.getKey(), prose, rewritten));
    } else if (node.isArray()) {
      node.forEach(child -> strings(child, field, prose, rewritten));
    } else if (node.isTextual() && node.asText().contains(" ") && !"name".equals(field)
        && !ENGLISH_BY_DESIGN.contains(field)) {
      (field != null && REWRITTEN_FIELDS.contains(field) ? rewritten : prose).add(node.asText());
    }
  }

  /** The English words and register codes in {@code prose}, each once, with its neighbourhood. */
  static List<String> offending(String prose, Set<String> allowed) {
    for (String name : scenarioNames) {
      // a scenario's name is the user's own data, like a record's name, in whatever language it was written
      prose = prose.replace(name, " ");
    }
    String text = prose.lines()
        .filter(line -> !line.strip().startsWith("vanort ") && !line.strip().startsWith("Användning:"))
        .map(line -> line.replaceAll("'[^']*'", " ").replaceAll("`[^`]*`", " ").replaceAll("\"[^\"]*\"", " "))
        // a list of what a file may hold names the fields and codes as the file writes them
        .map(line -> line.replaceAll("(Fälten är|Koderna|De som finns|Ärendena|Nivåerna):[^;.]*", " "))
        .reduce("", (a, b) -> a + "\n" + b);
    Set<String> found = new TreeSet<>();
    Matcher token = Pattern.compile("-*[\\p{L}\\p{N}][\\p{L}\\p{N}'._/@\\[\\]-]*").matcher(text);
    while (token.find()) {
      String word = token.group().replaceAll("[.'-]+$", "");
      if (word.startsWith("-") || word.contains("/") || word.contains("[") || word.contains(".") || word.contains("@") || word.contains("_")
          || ids.contains(word) || allowed.contains(word) || word.matches(".*\\d.*")) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (ENGLISH_CAPITALS.contains(word) || (ENGLISH.contains(lower) && !SWEDISH_TOO.contains(lower))
          || (codes.contains(word) && !SWEDISH_TOO.contains(word))) {
        int from = Math.max(0, token.start() - 40);
        int to = Math.min(text.length(), token.end() + 40);
        found.add(word + " in \"" + text.substring(from, to).replace('\n', ' ').strip() + "\"");
      }
    }
    return List.copyOf(found);
  }

  // ---------------------------------------------------------------- what is derived

  /** The names of the example scenarios, longest first (the user's data, which the output repeats). */
  private static Set<String> scenarioNames() throws IOException {
    Set<String> found = new TreeSet<>(java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (var files = java.nio.file.Files.list(RepositoryFiles.file("examples/scenarios"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        yaml.readTree(file.toFile()).findValues("name").forEach(name -> found.add(name.asText()));
      }
    }
    return found;
  }

  /** Every value of a field named id in the register file, and the ids of the documents. */
  private static Set<String> recordIds(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    Set<String> found = new HashSet<>();
    root.findValues("id").forEach(id -> found.add(id.asText()));
    Documents.all().forEach(document -> found.add(document.getId().toString()));
    return found;
  }

  /**
   * The register's codes: every kind, role, matter and agenda item as a file writes it (the enums of
   * the domain), and every field of a record that is more than one word ({@code followUps}), from the
   * getters of the domain's record types reachable from {@link Register}.
   */
  static Set<String> registerCodes() {
    Set<String> found = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    fields(Register.class, seen, found);
    return found;
  }

  private static void fields(Class<?> type, Set<Class<?>> seen, Set<String> found) {
    if (!seen.add(type) || !type.getName().startsWith("se.vanort.domain")) {
      return;
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        found.add(Kebab.of((Enum<?>) constant));
      }
      return;
    }
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() != 0 || !method.getName().startsWith("get") || method.getName().length() < 4
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String name = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
      if (!name.equals(name.toLowerCase(Locale.ROOT))) {
        found.add(name);
      }
      for (Class<?> reached : reachedTypes(method.getGenericReturnType())) {
        fields(reached, seen, found);
      }
    }
  }

  private static List<Class<?>> reachedTypes(Type type) {
    List<Class<?>> types = new ArrayList<>();
    if (type instanceof Class<?> plain) {
      types.add(plain);
    } else if (type instanceof ParameterizedType parameterized) {
      types.add((Class<?>) parameterized.getRawType());
      for (Type argument : parameterized.getActualTypeArguments()) {
        types.addAll(reachedTypes(argument));
      }
    }
    return types;
  }

  /**
   * What a user types, which Swedish text may name: the commands, the option names, their labels and
   * the values they take, from the command line's own model.
   */
  private static Set<String> whatUsersType() {
    Set<String> found = new HashSet<>(Set.of("vanort", "sv", "en", "json", "markdown", "text", "yaml", "yml"));
    collectTyped(Main.commandLine(environment(), sink(), sink(), Language.SV), found);
    return found;
  }

  private static void collectTyped(CommandLine commandLine, Set<String> found) {
    CommandSpec spec = commandLine.getCommandSpec();
    found.addAll(Arrays.asList(spec.name().split("-")));
    found.add(spec.name());
    for (ArgSpec arg : spec.args()) {
      found.addAll(Arrays.asList(arg.paramLabel().replaceAll("[<>]", "").split("[_.]")));
      found.add(arg.paramLabel());
      if (arg.completionCandidates() != null) {
        arg.completionCandidates().forEach(found::add);
      }
    }
    commandLine.getSubcommands().values().forEach(sub -> collectTyped(sub, found));
  }

  private static void collectCommands(CommandLine commandLine, List<List<String>> runs) {
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      List<String> run = new ArrayList<>(Arrays.asList(sub.getCommandSpec().qualifiedName().split(" ")));
      run.remove(0);
      run.add("--help");
      runs.add(run);
      collectCommands(sub, runs);
    }
  }

  // ---------------------------------------------------------------- files

  /** Every English text bundle of the repository: each properties file with a Swedish sibling, or that should have one. */
  private static List<Path> englishBundles() throws IOException {
    List<Path> bundles = new ArrayList<>();
    Path root = RepositoryFiles.root();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(file -> file.toString().contains("/src/main/resources/"))
          .filter(file -> file.getFileName().toString().endsWith(".properties"))
          .filter(file -> !file.getFileName().toString().contains("_"))
          .filter(file -> file.getFileName().toString().matches("(messages|texts|help|problems)\\.properties")
              || Files.exists(swedishOf(file)))
          .sorted().forEach(bundles::add);
    }
    return bundles;
  }

  private static Path swedishOf(Path english) {
    return english.resolveSibling(english.getFileName().toString().replace(".properties", "_sv.properties"));
  }

  private static boolean isRulesBundle(Path file) {
    return file.toString().contains("/rules/src/main/resources/");
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static boolean hasWords(String value) {
    return value.replaceAll("\\{[^}]*}", "").matches("(?s).*\\p{L}{3,}.*");
  }

  private static void printKnown(String what, String list) {
    if (!list.equals("{}")) {
      System.out.println("SwedishTextTest, known and being rewritten (" + what + "): " + list);
    }
  }

  private static Environment environment() {
    return new Environment(Map.of(), Locale.ENGLISH, false, false);
  }

  private static java.io.PrintWriter sink() {
    return new java.io.PrintWriter(java.io.Writer.nullWriter());
  }
}
