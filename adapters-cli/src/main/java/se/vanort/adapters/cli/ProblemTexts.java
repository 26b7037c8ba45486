package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableMap;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vanort.adapters.cli.file.FileProblem;
import se.vanort.adapters.cli.file.ReadingProblem;

/**
 * The problems of a register in the user's language. A problem of the register reader is typed
 * ({@link ReadingProblem}): it is said from its kind and arguments with the language's bundle. The
 * domain's validation writes its problems in English, in the words of one kind of
 * {@code problems.properties}: for those kinds (and those only) this class recognises the kind by
 * that text and says it with the same arguments from the language's bundle. A message of no listed
 * kind is left as written.
 */
final class ProblemTexts {
  private static final Pattern WAS = Pattern.compile("^(.*) \\(was '(.*)'\\)$", Pattern.DOTALL);
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

  private final Texts texts;
  private final ResourceBundle english;
  private final ResourceBundle translated;
  private final Map<String, Pattern> patterns;

  ProblemTexts(Texts texts) {
    this.texts = texts;
    this.english = Language.EN.problems();
    this.translated = texts.language().problems();
    ImmutableMap.Builder<String, Pattern> builder = ImmutableMap.builder();
    // the longest texts first, so that a kind whose text holds another's is tried before it
    java.util.Set<String> typed = java.util.Set.copyOf(ReadingProblem.keys());
    english.keySet().stream().filter(key -> !typed.contains(key))
        .sorted(Comparator.comparingInt((String key) -> -english.getString(key).length()))
        .forEach(key -> builder.put(key, pattern(english.getString(key))));
    this.patterns = builder.build();
  }

  /** {@code problem} with its message in the user's language. */
  FileProblem of(FileProblem problem) {
    return problem.saying(problem.reading().map(reading -> reading.text(translated))
        .orElseGet(() -> message(problem.message())));
  }

  /** {@code message}, a problem's English text of one of the domain's kinds, in the user's language. */
  String message(String message) {
    if (texts.language() == Language.EN) {
      return message;
    }
    Matcher was = WAS.matcher(message);
    if (was.matches()) {
      return message(was.group(1)) + " " + texts.get("problem.was", was.group(2));
    }
    for (Map.Entry<String, Pattern> kind : patterns.entrySet()) {
      Matcher matcher = kind.getValue().matcher(message);
      if (matcher.matches()) {
        Object[] arguments = new Object[matcher.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = matcher.group(i + 1).replaceAll("\\((\\d+) in all\\)", "(totalt $1)");
        }
        return new MessageFormat(translated.getString(kind.getKey()), texts.language().locale()).format(arguments);
      }
    }
    return message;
  }

  /** The regular expression of an English text: its literal parts quoted, each {n} a group. */
  static Pattern pattern(String text) {
    String literal = text.replace("''", "'");
    List<String> parts = new ArrayList<>();
    Matcher argument = ARGUMENT.matcher(literal);
    int from = 0;
    while (argument.find()) {
      parts.add(Pattern.quote(literal.substring(from, argument.start())));
      parts.add("(.*?)");
      from = argument.end();
    }
    parts.add(Pattern.quote(literal.substring(from)));
    return Pattern.compile(String.join("", parts), Pattern.DOTALL);
  }
}
