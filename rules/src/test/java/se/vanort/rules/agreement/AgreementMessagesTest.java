package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AgreementMessagesTest {
  private static final String BUNDLE = "se.vanort.rules.agreement.messages";
  private static final Set<String> TEXTS = Set.of("message", "facts", "remedy");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, AgreementMessagesTest.class.getClassLoader(), NO_FALLBACK);
  }

  private static Set<String> expectedKeys() {
    Set<String> expected = new TreeSet<>();
    KEYS.forEach(key -> TEXTS.forEach(text -> expected.add(key + "." + text)));
    return expected;
  }

  @Test
  void the_english_bundle_has_a_message_facts_and_remedy_for_every_key_and_nothing_else() {
    assertThat(new TreeSet<>(bundle(Locale.ROOT).keySet())).isEqualTo(expectedKeys());
  }

  @Test
  void the_swedish_bundle_has_the_same_keys_with_texts_of_its_own() {
    ResourceBundle english = bundle(Locale.ROOT);
    ResourceBundle swedish = bundle(Locale.forLanguageTag("sv"));

    assertThat(new TreeSet<>(swedish.keySet())).isEqualTo(expectedKeys());
    assertThat(expectedKeys()).allSatisfy(key ->
        assertThat(swedish.getString(key)).as(key).isNotEqualTo(english.getString(key)));
  }
}
