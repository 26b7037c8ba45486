package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Register;

/**
 * Any text survives writing and reading in both formats, including what YAML would otherwise read
 * as something else: booleans, nulls, numbers, dates, indicators, quotes, line breaks.
 */
class TextRoundTripProperties {
  private static final List<String> AWKWARD = List.of(
      "yes", "no", "NO", "on", "Off", "true", "False", "null", "~", "Null", "123", "-7", "0x1F", "0o17", "1e3",
      "1.0", ".5", ".inf", ".NaN", "2023-06-14", "2023-06-14T10:00:00", "12:30", "-", "- a", "a: b", "a:b", "#x",
      "x #y", "'q'", "\"dq\"", "[a]", "{a}", "&a", "*a", "!tag", "|", ">", "%x", "@x", "`x", "? x", ",", "a, b",
      " lead", "trail ", "two\nlines", "tab\there", "back\\slash", "Þorlákshöfn", "Joniškis", "Ölfus", "日本語",
      "emoji 😀", "\u00a0nbsp", "<<", "=", "---", "...");

  private static final Gen<String> TEXTS = arbitrary().pick(AWKWARD)
      .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 12), 50)
      .assuming(text -> text.chars().noneMatch(c -> Character.isSurrogate((char) c)) && !text.isBlank())
      // The domain refuses control characters other than tabs and line breaks (ValueLimits).
      .assuming(text -> text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'));

  @Test
  void any_text_in_names_titles_capacities_and_ids_reads_back_equal_from_yaml_and_json() {
    qt().withExamples(100).forAll(TEXTS, TEXTS).checkAssert((text, other) -> {
      Register register = withTexts(text, other);
      for (RegisterFormat format : RegisterFormat.values()) {
        String written = RegisterFiles.write(register, format);
        try {
          assertThat(RegisterFiles.read(written, format, "written")).as(written).isEqualTo(register);
        } catch (RegisterFileException e) {
          throw new AssertionError(e.getMessage() + "\n" + written, e);
        }
      }
    });
  }

  private static Register withTexts(String text, String other) {
    String id = text.strip().chars().anyMatch(Character::isISOControl) || text.strip().isEmpty()
        ? "plain-id" : text.strip();
    return RegisterGenerators.validBase()
        .addMunicipality(Municipality.builder().id(MunicipalityId.of(id)).name(text).country("LT").build())
        .addEvent(Event.builder()
            .id(EventId.of(id))
            .kind(EventKind.TWIN_TOWN_VISIT)
            .title(other)
            .date(LocalDate.of(2024, 5, 22))
            .partner(MunicipalityId.of(id))
            .addDelegation(Delegation.builder()
                .municipality(RegisterGenerators.VIMMERBY)
                .addMember(DelegationMember.builder().person(RegisterGenerators.BOARD_CHAIR).capacity(text).build())
                .build())
            .build())
        .build();
  }
}
