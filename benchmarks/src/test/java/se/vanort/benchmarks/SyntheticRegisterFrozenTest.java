package se.vanort.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.rules.Rulebook;

/**
 * The synthetic registers of the published benchmark figures, frozen for 10^3 and 10^4 records: the
 * count of every record kind, the digest of the whole register and the findings of the full check.
 * Numbers taken on the generator as of 2026-12-01 (before it was built on the domain test-jar's
 * draft); a change of the generators that moves them makes new figures incomparable with old ones.
 * A change of the rules may move the findings alone: then the digest says the register is the same.
 */
class SyntheticRegisterFrozenTest {
  @Test
  void a_thousand_records_keep_their_mix_their_records_and_their_findings() {
    assertFrozen(SyntheticRegister.of(1_000), Map.of("municipalities", 20, "agreements", 6, "strategies", 1,
        "relations", 20, "bodies", 81, "people", 200, "events", 350, "decisions", 150, "projects", 150,
        "reports", 22), "aa3282787a45ca6b3a883ed236248b017681ba9fa631c1a6b2141b4492625dd7", 338);
  }

  @Test
  void ten_thousand_records_keep_their_mix_their_records_and_their_findings() {
    assertFrozen(SyntheticRegister.of(10_000), Map.of("municipalities", 200, "agreements", 6, "strategies", 1,
        "relations", 200, "bodies", 801, "people", 2_000, "events", 3_500, "decisions", 1_500, "projects", 1_500,
        "reports", 292), "5daf5977c374dba3f497ffb08fa01de852a827447c391fbf8ff3c837ac6f32c4", 1_339);
  }

  private static void assertFrozen(Register register, Map<String, Integer> kinds, String digest, int findings) {
    assertThat(kinds(register)).isEqualTo(kinds);
    assertThat(digest(register)).isEqualTo(digest);
    assertThat(Rulebook.standard().check(register).getFindings()).hasSize(findings);
  }

  private static Map<String, Integer> kinds(Register register) {
    Map<String, Integer> kinds = new TreeMap<>();
    kinds.put("municipalities", register.getMunicipalities().size());
    kinds.put("agreements", register.getAgreements().size());
    kinds.put("strategies", register.getStrategies().size());
    kinds.put("relations", register.getRelations().size());
    kinds.put("bodies", register.getBodies().size());
    kinds.put("people", register.getPeople().size());
    kinds.put("events", register.getEvents().size());
    kinds.put("decisions", register.getDecisions().size());
    kinds.put("projects", register.getProjects().size());
    kinds.put("reports", register.getReports().size());
    return kinds;
  }

  /** Every record to the letter: the SHA-256 of the register's text form. */
  private static String digest(Register register) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(register.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
