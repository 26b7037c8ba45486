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
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Problem;
import se.vanort.domain.repository.RegisterNotFoundException;
import se.vanort.domain.repository.RevisionConflictException;
import se.vanort.domain.repository.StorageException;

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
    boolean debug = debug(parseResult);
    if (exitCode(ex) == ExitCodes.INTERNAL && !isStorage(ex)) {
      return internal(ex, err, texts, debug);
    }
    if (isStorage(ex)) {
      err.println(texts.get("error.database", ex.getMessage()));
    } else {
      lines(ex).forEach(line -> err.println(texts.get("error.prefix") + line));
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return exitCode(ex);
  }

  // The database failed or changed under us: not a bug of vanort, but nothing the input can fix.
  private static boolean isStorage(Exception ex) {
    return ex instanceof StorageException || ex instanceof RevisionConflictException;
  }

  /** Prints an internal error (with its stack trace if {@code debug}) and returns exit code 3. */
  static int internal(Throwable error, PrintWriter err, Texts texts, boolean debug) {
    err.println(texts.get("error.internal", String.valueOf(error)));
    if (debug) {
      error.printStackTrace(err);
    } else {
      err.println(texts.get("error.debug"));
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** 2 for input the user can fix (files that cannot be read count), 3 for anything else. */
  static int exitCode(Throwable exception) {
    Throwable cause = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
    return cause instanceof BadInputException || cause instanceof InvalidRegisterException
        || cause instanceof IOException || cause instanceof ParameterException
        || cause instanceof RegisterNotFoundException
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
