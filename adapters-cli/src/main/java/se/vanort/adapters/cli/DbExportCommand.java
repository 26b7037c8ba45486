package se.vanort.adapters.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vanort.adapters.cli.file.RegisterFiles;
import se.vanort.adapters.cli.file.RegisterFormat;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.StoredRegister;

/** {@code vanort db export ID}: a stored register as a register file. */
@Command(name = "export",
    header = "Write a stored register as a YAML or JSON register file.",
    description = {
        "Writes the latest revision of the register (or --revision N) as a register file that"
            + " 'vanort check' and 'vanort db import' read back equal.",
        "",
        "Examples:",
        "  vanort db export vimmerby > vimmerby.yaml",
        "  vanort db export vimmerby --revision 1 --output vimmerby-1.json --force"})
final class DbExportCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RegisterIdParameter idParameter;

  @Option(names = "--revision", paramLabel = "N", descriptionKey = "revision",
      description = "The revision to export (default: the latest).")
  Integer revision;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "output",
      description = "Write to FILE, in the format its extension names (default: YAML to standard output).")
  Path output;

  @Option(names = "--force", descriptionKey = "force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    // text is the YAML register; a register has no Markdown form
    options.accept(Format.TEXT, Format.JSON);
    Texts texts = options.texts();
    RegisterId registerId = idParameter.registerId();
    RegisterFormat format = RegisterFormat.YAML;
    if (output != null) {
      format = RegisterFormat.ofFile(output).orElseThrow(() -> new BadInputException(texts.get("db.export.format", output)));
      OutputFiles.checkWritable(output, force, texts);
    } else if (options.format == Format.JSON) {
      format = RegisterFormat.JSON;
    }
    Optional<JdbcStore> store = database.openExisting(options.environment());
    StoredRegister stored;
    try {
      stored = DatabaseOptions.load(store, registerId, revision, texts);
    } finally {
      store.ifPresent(JdbcStore::close);
    }
    String text = RegisterFiles.write(stored.register(), format);
    if (output == null) {
      options.file().print(text);
      options.file().flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      options.err().println(texts.get("db.export.done", stored.revision().register(), stored.revision().number(), output));
    }
    return ExitCodes.OK;
  }
}
