package se.vanort.adapters.cli;

import com.google.common.base.Strings;
import java.io.PrintWriter;

/**
 * A progress bar on stderr, redrawn in place, for work done in a few known steps; silent when
 * stderr is not a terminal, so that logs and tests see only the result.
 */
final class Progress {
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean shown;
  private final int steps;
  private int done;
  private int drawn;

  private Progress(PrintWriter err, boolean shown, int steps) {
    this.err = err;
    this.shown = shown;
    this.steps = steps;
  }

  /** A bar of {@code steps} steps on {@code err}, drawn only if {@code shown}. */
  static Progress on(PrintWriter err, boolean shown, int steps) {
    return new Progress(err, shown, steps);
  }

  /** Starts the next step, labelled {@code label}. */
  void step(String label) {
    draw(label);
    done = Math.min(done + 1, steps);
  }

  /** Fills the bar and clears the line for the result. */
  void done() {
    done = steps;
    draw("");
    if (shown) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
    }
  }

  private void draw(String label) {
    if (!shown) {
      return;
    }
    int filled = WIDTH * done / steps;
    String line = "[" + "=".repeat(filled) + Strings.repeat(" ", WIDTH - filled) + "] " + label;
    err.print("\r" + Strings.padEnd(line, drawn, ' '));
    err.flush();
    drawn = line.length();
  }
}
