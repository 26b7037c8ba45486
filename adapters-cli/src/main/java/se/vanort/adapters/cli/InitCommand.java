package se.vanort.adapters.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.cli.file.RegisterFiles;

/** {@code vanort init [FILE]}: a commented starter register to fill in. */
@Command(name = "init",
    header = "Write a commented starter register to fill in.",
    description = {
        "Writes a small register in YAML with a comment on every field: the municipality, the agreement, a"
            + " body, a person, an event and a decision. Without FILE it prints the register. It never"
            + " overwrites a file unless --force is given.",
        "",
        "Examples:",
        "  vanort init my-register.yaml",
        "  vanort init > my-register.yaml"})
final class InitCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "init-file",
      description = "Where to write the register (default: print it).")
  Path file;

  @Option(names = "--force", descriptionKey = "force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    // The starter is commented YAML: JSON has no comments, and Markdown is no register.
    options.accept(Format.TEXT);
    Texts texts = options.texts();
    String template = texts.language() == Language.SV ? swedishStarter() : RegisterFiles.starterTemplate();
    if (file == null) {
      options.file().print(template);
      options.file().flush();
      return ExitCodes.OK;
    }
    OutputFiles.checkWritable(file, force, texts);
    Files.writeString(file, template, StandardCharsets.UTF_8);
    options.out().println(texts.get("init.written", file));
    return ExitCodes.OK;
  }

  /**
   * The starter register with Swedish comments: the same records as {@link RegisterFiles#starterTemplate()}
   * (a test holds them equal), beside it in {@code file/starter-register_sv.yaml}.
   */
  static String swedishStarter() throws IOException {
    try (java.io.InputStream in = InitCommand.class.getResourceAsStream("file/starter-register_sv.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the Swedish starter register is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
