package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import se.vanort.domain.InvalidRegisterException;
import se.vanort.domain.Problem;

/**
 * Turns every failure into a message and an exit code: 2 for bad input or usage, 3 for an internal
 * error; a stack trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final Texts texts;

  ErrorHandler(Language language) {
    this.texts = new Texts(language);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(texts.get("error.prefix") + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(texts.get("error.usage", commandLine.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code = exitCode(ex);
    if (code == ExitCodes.BAD_INPUT) {
      lines(ex).forEach(line -> err.println(texts.get("error.prefix") + line));
    } else {
      err.println(texts.get("error.internal", String.valueOf(ex)));
    }
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    } else if (code == ExitCodes.INTERNAL) {
      err.println(texts.get("error.debug"));
    }
    err.flush();
    return code;
  }

  /** 2 for input the user can fix (files that cannot be read count), 3 for anything else. */
  static int exitCode(Throwable exception) {
    Throwable cause = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
    return cause instanceof BadInputException || cause instanceof InvalidRegisterException
        || cause instanceof IOException || cause instanceof ParameterException
        ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
  }

  private ImmutableList<String> lines(Exception ex) {
    Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
    if (cause instanceof BadInputException bad) {
      return bad.lines();
    }
    if (cause instanceof InvalidRegisterException invalid) {
      return ImmutableList.<String>builder()
          .add(texts.get("error.invalid-register", invalid.getProblems().size()))
          .addAll(invalid.getProblems().stream().map(Problem::toString).map(line -> "  " + line).iterator())
          .build();
    }
    if (cause instanceof NoSuchFileException missing) {
      return ImmutableList.of(texts.get("error.no-such-file", missing.getFile()));
    }
    if (cause instanceof AccessDeniedException denied) {
      return ImmutableList.of(texts.get("error.access-denied", denied.getFile()));
    }
    if (cause instanceof IOException io) {
      return ImmutableList.of(String.valueOf(io.getMessage()));
    }
    return ImmutableList.of(String.valueOf(cause.getMessage()));
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
