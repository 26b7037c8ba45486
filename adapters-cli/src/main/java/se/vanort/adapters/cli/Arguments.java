package se.vanort.adapters.cli;

/** The few arguments read before picocli parses, because they shape the help it prints. */
final class Arguments {
  private Arguments() {}

  /** The language of {@code --lang sv|en} (or {@code --lang=sv}), else the environment's. */
  static Language language(String[] args, Environment environment) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        return value.equalsIgnoreCase("sv") ? Language.SV : Language.EN;
      }
    }
    return Language.of(environment.locale());
  }

  /** Whether {@code --format json} (or {@code --format=json}) is among {@code args}: errors are then JSON too. */
  static boolean json(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].equals("--format") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--format=") ? args[i].substring("--format=".length()) : null;
      if (value != null && value.equalsIgnoreCase("json")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code --debug} is among {@code args}, for failures before picocli has parsed them. */
  static boolean debug(String[] args) {
    return java.util.Arrays.asList(args).contains("--debug");
  }
}
