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

/**
 * The problems of a register in the user's language. The file readers and the domain's validation
 * write each problem in English, in the words of one kind of {@code problems.properties}; this class
 * recognises the kind by that text and says it with the same arguments from the language's bundle.
 * A message of no listed kind is left as written.
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
    english.keySet().stream().sorted(Comparator.comparingInt((String key) -> -english.getString(key).length()))
        .forEach(key -> builder.put(key, pattern(english.getString(key))));
    this.patterns = builder.build();
  }

  /** {@code problem} with its message in the user's language. */
  FileProblem of(FileProblem problem) {
    return new FileProblem(problem.file(), problem.line(), problem.column(), problem.path(), message(problem.message()));
  }

  /** {@code message}, a problem's English text, in the user's language. */
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
