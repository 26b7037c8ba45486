package se.vanort.adapters.cli.file;

import java.util.Optional;

/**
 * A problem for which a scenario expects its register to be refused: the path of the field, as the
 * problems of {@code vanort check} give it ({@code events[3].host}) or with the record's id in place
 * of its position ({@code events[conf-2099].host}), and optionally words of the message.
 *
 * @param path the field's path
 * @param message words the problem's message contains, if stated
 */
public record ExpectedProblem(String path, Optional<String> message) {
  /**
   * {@return whether {@code problem}, whose record is also known as {@code pathById}, is the one expected}
   *
   * @param problem a problem of the register
   * @param pathById the problem's path with record ids in place of positions
   */
  public boolean matches(FileProblem problem, String pathById) {
    return (path.equals(problem.path()) || path.equals(pathById))
        && message.map(words -> problem.message().contains(words)).orElse(true);
  }

  /** {@code { path: events[conf-2099].host }}: as the file writes it. */
  @Override
  public String toString() {
    return form().toString();
  }

  /** {@return the fields the scenario states} */
  public FlowText form() {
    FlowText text = new FlowText().put("path", path);
    message.ifPresent(words -> text.put("message", words));
    return text;
  }
}
