package se.vanort.adapters.cli;

import picocli.CommandLine.IVersionProvider;
import se.vanort.rules.Rulebook;

/** {@code vanort --version}: the rulebook's version, which every report records. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"vanort " + Rulebook.standard().version()};
  }
}
