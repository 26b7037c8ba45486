package se.vanort.rules.agreement;

import java.util.stream.Stream;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/** Checks whose findings the example register does not give, for the test of every finding text. */
public final class AgreementTextFixtures {
  private AgreementTextFixtures() {}

  /** {@return a check that gives va.coordinator-is-next-host-secretary (a meeting chaired by the wrong person)} */
  public static Stream<Report> reports() {
    return Stream.of(Rulebook.standard().check(
        ChainFixture.va2021().event("sec-2024", s -> s.withChair(PersonId.of("moss-chair"))).build()));
  }
}
