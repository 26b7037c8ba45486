package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import picocli.CommandLine.TypeConversionException;

/**
 * A value of an option or parameter that a converter refuses, as a key of the command's texts with
 * its arguments: picocli keeps it as the cause of its {@code ParameterException}, and the error
 * handler says it in the user's language. Its own message, for anyone else, is the English text.
 */
final class Refusal extends TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final ImmutableList<Object> arguments;

  Refusal(String key, Object... arguments) {
    super(new Texts(Language.EN).get(key, arguments));
    this.key = key;
    this.arguments = ImmutableList.copyOf(Arrays.asList(arguments));
  }

  /** The refusal in the language of {@code texts}. */
  String in(Texts texts) {
    return texts.get(key, arguments.toArray());
  }
}
