package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.FindingText;
import se.vanort.rules.Messages;

class AgreementMessagesTest {
  private static final Set<String> TEXTS = Set.of("message", "facts", "remedy");

  /** Every message key the rules of this package can give a finding. */
  private static final Set<String> KEYS = new TreeSet<>(Set.of(
      "va.conference-every-second-year",
      "va.youth-camp-with-conference", "va.youth-camp-with-conference.unlinked",
      "va.norden-meeting-at-conference",
      "va.development-exchange",
      "va.meeting-every-second-year",
      "va.meeting-evaluates-activity-plan",
      "va.host-runs-meeting.host", "va.host-runs-meeting.notice", "va.host-runs-meeting.agenda",
      "va.host-runs-meeting.chair", "va.host-runs-meeting.secretary",
      "va.delegation-has-leadership.political", "va.delegation-has-leadership.administrative",
      "va.secretary-appointed",
      "va.secretaries-meet-yearly",
      "va.decisions-followed-up",
      "va.coordinator-is-next-host-secretary", "va.coordinator-is-next-host-secretary.unrecorded",
      "va.contact-register-kept",
      "va.revision-at-conference", "va.revision-at-conference.conference",
      "va.revision-at-conference.decision"));

  private static Set<String> expectedKeys() {
    Set<String> expected = new TreeSet<>();
    KEYS.forEach(key -> TEXTS.forEach(text -> expected.add(key + "." + text)));
    return expected;
  }

  @Test
  void the_catalogue_of_va2021_has_the_texts_of_every_finding_key_and_of_nothing_else() {
    Set<String> keys = new TreeSet<>();
    Documents.VA2021.getRules().forEach(rule -> rule.getFindingTexts().stream().map(FindingText::getKey)
        .forEach(keys::add));
    assertThat(keys).isEqualTo(KEYS);
  }

  @Test
  void every_key_has_a_message_facts_and_remedy_in_both_languages_with_swedish_texts_of_its_own() {
    Messages english = Messages.of(Locale.ENGLISH);
    Messages swedish = Messages.of(Locale.forLanguageTag("sv"));

    assertThat(expectedKeys()).allSatisfy(key -> {
      assertThat(english.has(key)).as(key).isTrue();
      assertThat(swedish.pattern(key)).as(key).isNotEqualTo(english.pattern(key));
    });
  }
}
