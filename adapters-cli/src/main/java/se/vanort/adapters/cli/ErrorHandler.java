package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.vanort.adapters.cli.file.FileProblem;
import se.vanort.domain.Names;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Problem;
import se.vanort.domain.repository.RegisterNotFoundException;
import se.vanort.domain.repository.RevisionConflictException;
import se.vanort.domain.repository.StorageException;

/**
 * Turns every failure into a message and an exit code: 2 for bad input or usage, 3 for an internal
 * error; a stack trace only with {@code --debug}. With {@code --format json} the failure is also a
 * JSON object on standard output: {@code {"error", "exitCode", "problems": [{"file", "line",
 * "column", "path", "message"}]}}, unknown values as null.
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
    String said = message(ex);
    err.println(texts.get("error.prefix") + said);
    List<String> suggestions = new ArrayList<>();
    if (ex instanceof UnmatchedArgumentException unmatched) {
      // ours are in the user's language; picocli's (options by their first letters) when ours find none
      suggestions.addAll(suggestions(unmatched));
      if (suggestions.isEmpty()) {
        UnmatchedArgumentException.printSuggestions(ex, err);
      }
      suggestions = suggestions.stream().distinct().toList();
      suggestions.forEach(err::println);
    }
    err.println(texts.get("error.usage", commandLine.getCommandSpec().qualifiedName()));
    err.flush();
    if (Arguments.json(args)) {
      List<String> message = new ArrayList<>(List.of(said));
      message.addAll(suggestions);
      json(commandLine.getOut(), String.join(" ", message), ExitCodes.BAD_INPUT, ImmutableList.of());
    }
    return ExitCodes.BAD_INPUT;
  }

  /**
   * What is wrong with the arguments, in the user's language: one text of {@code texts*.properties}
   * for each kind of picocli error (an unknown option or command, a missing parameter, a value that
   * is no value of its option, an option given twice, options that exclude each other), with the
   * converter's own {@link Refusal} where there is one.
   */
  private String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> unknown = unmatched.getUnmatched();
      boolean options = unknown.stream().anyMatch(arg -> arg.startsWith("-"));
      boolean command = !options && !unmatched.getCommandLine().getCommandSpec().subcommands().isEmpty();
      String kind = options ? "param.unknown-option" : command ? "param.unknown-command" : "param.unknown-argument";
      List<String> shown = command ? unknown.stream().filter(arg -> !arg.startsWith("-")).limit(1).toList() : unknown;
      return texts.get(kind, shown.size(), quoted(shown));
    }
    if (ex instanceof MissingParameterException missing) {
      List<String> names = missing.getMissing().stream().map(ErrorHandler::name).toList();
      boolean value = missing.getMessage() != null && missing.getMessage().startsWith("Missing required parameter for option");
      return value ? texts.get("param.missing-value", names.get(0), label(missing.getMissing().get(0)))
          : texts.get("param.missing", names.size(), String.join(", ", names));
    }
    if (ex instanceof OverwrittenOptionException overwritten) {
      return texts.get("param.twice", name(overwritten.getOverwritten()));
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      java.util.regex.Matcher names = java.util.regex.Pattern.compile("--[a-z-]+").matcher(ex.getMessage());
      List<String> found = new ArrayList<>();
      while (names.find()) {
        found.add(names.group());
      }
      return texts.get("param.exclusive", String.join(", ", found.stream().distinct().toList()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      String detail = ex.getCause() instanceof Refusal refusal ? refusal.in(texts)
          : ex.getArgSpec().completionCandidates() != null
              ? texts.get("param.candidates", ex.getValue(), String.join(", ", ex.getArgSpec().completionCandidates()))
              : texts.get("param.not-a-value", ex.getValue());
      return texts.get("param.invalid", name(ex.getArgSpec()), detail);
    }
    return texts.get("param.other", ex.getMessage());
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
  }

  /** An option by its longest name, a positional parameter by its label. */
  private static String name(picocli.CommandLine.Model.ArgSpec arg) {
    return arg instanceof picocli.CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static String label(picocli.CommandLine.Model.ArgSpec arg) {
    return arg.paramLabel();
  }

  /** "Did you mean '--format'?" for a mistyped option, the closest command or the commands there are. */
  private List<String> suggestions(UnmatchedArgumentException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> lines = new ArrayList<>();
    for (String arg : ex.getUnmatched()) {
      if (arg.startsWith("-")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> options = spec.options().stream().filter(option -> !option.hidden())
            .flatMap(option -> List.of(option.names()).stream()).toList();
        Names.closest(name, options).ifPresent(option -> lines.add(texts.get("did-you-mean", option)));
      } else if (!spec.subcommands().isEmpty()) {
        Optional<String> closest = Names.closest(arg, spec.subcommands().keySet());
        lines.add(closest.map(name -> texts.get("did-you-mean", spec.qualifiedName() + " " + name))
            .orElseGet(() -> texts.get("error.commands", spec.qualifiedName(),
                String.join(", ", spec.subcommands().keySet()))));
      }
    }
    return lines;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean debug = debug(parseResult);
    boolean json = Arguments.json(parseResult.originalArgs().toArray(String[]::new));
    if (exitCode(ex) == ExitCodes.INTERNAL && !isStorage(ex)) {
      return internal(ex, err, json ? Optional.of(commandLine.getOut()) : Optional.empty(), texts, debug);
    }
    ImmutableList<String> lines = isStorage(ex) ? ImmutableList.of(texts.get("error.database", ex.getMessage()))
        : lines(ex);
    lines.forEach(line -> err.println(isStorage(ex) ? line : texts.get("error.prefix") + line));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    if (json) {
      ProblemTexts translation = new ProblemTexts(texts);
      List<FileProblem> problems = problems(ex).stream().map(translation::of).toList();
      json(commandLine.getOut(), problems.size() > 1 ? texts.get("error.problems", problems.size()) : lines.get(0),
          exitCode(ex), problems);
    }
    return exitCode(ex);
  }

  // The database failed or changed under us: not a bug of vanort, but nothing the input can fix.
  private static boolean isStorage(Exception ex) {
    return ex instanceof StorageException || ex instanceof RevisionConflictException;
  }

  /**
   * Prints an internal error (with its stack trace if {@code debug}), and as JSON on {@code json}
   * if given, and returns exit code 3.
   */
  static int internal(Throwable error, PrintWriter err, Optional<PrintWriter> json, Texts texts, boolean debug) {
    String message = texts.get("error.internal", String.valueOf(error));
    err.println(message);
    if (debug) {
      error.printStackTrace(err);
    } else {
      err.println(texts.get("error.debug"));
    }
    err.flush();
    json.ifPresent(out -> json(out, message, ExitCodes.INTERNAL, ImmutableList.of()));
    return ExitCodes.INTERNAL;
  }

  /** The error as the documented JSON object on {@code out}. */
  private static void json(PrintWriter out, String error, int exitCode, List<FileProblem> problems) {
    ObjectNode root = Json.object().put("error", error).put("exitCode", exitCode);
    ArrayNode array = root.putArray("problems");
    for (FileProblem problem : problems) {
      ObjectNode node = array.addObject();
      putText(node, "file", problem.file());
      putNumber(node, "line", problem.line());
      putNumber(node, "column", problem.column());
      putText(node, "path", problem.path());
      node.put("message", problem.message());
    }
    Json.print(out, root);
    out.flush();
  }

  private static void putText(ObjectNode node, String name, String value) {
    if (value.isEmpty()) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  private static void putNumber(ObjectNode node, String name, int value) {
    if (value == 0) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  /** The problems of a file or a register behind {@code ex}, each with what is known of where it is. */
  private static List<FileProblem> problems(Exception ex) {
    Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
    if (cause instanceof BadInputException bad) {
      return bad.problems();
    }
    if (cause instanceof InvalidRegisterException invalid) {
      return invalid.getProblems().stream().map(p -> new FileProblem("", 0, 0, p.path(), p.message())).toList();
    }
    return List.of();
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
      if (bad.problems().isEmpty()) {
        return bad.lines();
      }
      ProblemTexts translation = new ProblemTexts(texts);
      return bad.problems().stream().map(translation::of).map(FileProblem::toString)
          .collect(ImmutableList.toImmutableList());
    }
    if (cause instanceof InvalidRegisterException invalid) {
      ProblemTexts translation = new ProblemTexts(texts);
      return ImmutableList.<String>builder()
          .add(texts.get("error.invalid-register", invalid.getProblems().size()))
          .addAll(invalid.getProblems().stream()
              .map(p -> Problem.at(p.path(), translation.message(p.message())).toString())
              .map(line -> "  " + line).iterator())
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
