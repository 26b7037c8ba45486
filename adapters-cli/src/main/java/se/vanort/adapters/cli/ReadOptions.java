package se.vanort.adapters.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.vanort.adapters.cli.file.ReadLimits;

/** The limit on the files a command reads: {@code --max-file-size}, else {@code VANORT_MAX_FILE_SIZE}. */
final class ReadOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class, descriptionKey = "max-file-size",
      description = "Refuse register and scenario files larger than SIZE, e.g. 256MB (default: 64MB, or"
          + " VANORT_MAX_FILE_SIZE; at most 1GB).")
  Long maxFileSize;

  /** The limits asked for: the option, else the environment variable, else the defaults. */
  ReadLimits limits() {
    if (maxFileSize != null) {
      return new ReadLimits(maxFileSize);
    }
    Environment environment = ((VanortCommand) spec.root().userObject()).environment();
    return environment.variable(ReadLimits.VARIABLE).map(value -> {
      try {
        return new ReadLimits(ReadLimits.parseSize(value));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "environment variable " + ReadLimits.VARIABLE + ": "
            + e.getMessage());
      }
    }).orElseGet(ReadLimits::defaults);
  }

  /** Reads {@code 64MB}, {@code 512KB}, {@code 1GB} or a number of bytes. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return ReadLimits.parseSize(value);
      } catch (IllegalArgumentException e) {
        throw new Refusal("refusal.size", value, e.getMessage());
      }
    }
  }
}
