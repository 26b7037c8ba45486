package se.vanort.adapters.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.vanort.adapters.cli.file.RegisterFiles;

/** Register files for the command tests, written where a test wants them. */
final class Fixtures {
  /** Vimmerby alone, with no agreement and no strategy: nothing applies, so nothing is found. */
  static final String MINIMAL = """
      perspective: { municipality: vimmerby, asOf: 2025-12-31 }
      municipalities:
        - { id: vimmerby, name: Vimmerby kommun, country: SE }
      """;

  /**
   * A chain of two with a meeting and a conference planned for September 2025, Kauhava's secretary,
   * and Vimmerby's delegation of the executive board's chair and the chief executive.
   */
  static final String CHAIN = """
      perspective: { municipality: vimmerby, asOf: 2025-06-30 }
      municipalities:
        - { id: vimmerby, name: Vimmerby kommun, country: SE }
        - { id: kauhava, name: Kauhava, country: FI }
      agreements:
        - id: VA2021
          period: { from: 2021-01-01, to: 2026-12-31 }
          parties: [vimmerby, kauhava]
          conferences: { everyYears: 2, anchorYear: 2021 }
          revisionEveryYears: 6
      bodies:
        - { id: kf, kind: council, name: Kommunfullmäktige, municipality: vimmerby }
        - { id: ks, kind: executive-board, name: Kommunstyrelsen, municipality: vimmerby }
        - { id: ksf, kind: administration, name: Kommunstyrelseförvaltningen, municipality: vimmerby, parent: ks }
        - { id: kauhava-admin, kind: administration, name: Kauhavan kaupunki, municipality: kauhava }
      people:
        - { id: p-kso, name: Anna Ordförande, municipality: vimmerby, positions: [ { body: ks, role: chair, from: 2019-01-01 } ] }
        - { id: p-kd, name: Bo Direktör, municipality: vimmerby, positions: [ { body: ksf, role: chief-executive, from: 2019-01-01 } ] }
        - { id: p-sec, name: Kaisa Sihteeri, municipality: kauhava, positions: [ { body: kauhava-admin, role: twin-town-secretary, from: 2020-01-01 } ] }
      events:
        - { id: meet-2025, kind: twin-town-meeting, date: 2025-09-10, host: kauhava }
        - id: conf-2025
          kind: conference
          date: 2025-09-10
          host: kauhava
          delegations:
            - { municipality: vimmerby, members: [p-kso, p-kd] }
      """;

  private Fixtures() {}

  /** The starter register of {@code vanort init}: valid, but with most of what the rules ask missing. */
  static String starter() {
    return RegisterFiles.starterTemplate();
  }

  /** The text of {@code file}. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code content} to {@code name} in {@code directory} and returns its path as a string. */
  static String write(Path directory, String name, String content) {
    try {
      Path file = directory.resolve(name);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
