/** The reference for the command line's wall time: a JVM that starts, prints a line and exits. */
public final class Hello {
  private Hello() {}

  /** Prints a greeting. */
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
