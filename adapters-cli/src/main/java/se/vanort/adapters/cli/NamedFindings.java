package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.document.Documents;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Register;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.RecordRef;

/**
 * The one place where the council report turns a finding into words (message, facts, remedy) and
 * the records it concerns into their recorded names, each with its id where the name alone would not
 * find the record.
 */
final class NamedFindings {
  private final Messages messages;
  private final Map<String, String> names = new LinkedHashMap<>();

  NamedFindings(Messages messages, Register register) {
    this.messages = messages;
    // Record ids are unique within a kind; a clash across kinds keeps the first, municipalities first.
    register.getMunicipalities().forEach(m -> names.putIfAbsent(m.getId().value(), m.getName()));
    register.getBodies().forEach(b -> names.putIfAbsent(b.getId().value(), b.getName()));
    register.getPeople().forEach(p -> p.getName().ifPresent(name -> names.putIfAbsent(p.getId().value(), name)));
    register.getEvents().forEach(e -> e.getTitle().ifPresent(title -> names.putIfAbsent(e.getId().value(), title)));
    register.getProjects().forEach(p -> names.putIfAbsent(p.getId().value(), p.getTitle()));
    Documents.all().forEach(d -> names.putIfAbsent(d.getId().toString(), d.getTitle()));
  }

  String message(Finding finding) {
    return messages.message(finding);
  }

  String facts(Finding finding) {
    return messages.facts(finding);
  }

  String remedy(Finding finding) {
    return messages.remedy(finding);
  }

  /** The municipality's recorded name, else its id. */
  String municipality(MunicipalityId id) {
    return names.getOrDefault(id.value(), id.value());
  }

  /**
   * The records the finding concerns, its municipality first: "Name (id)", the role and id of an
   * unnamed position holder, or the id where no name is recorded.
   */
  ImmutableList<String> records(Finding finding) {
    ImmutableList.Builder<String> records = ImmutableList.builder();
    finding.getMunicipality().ifPresent(m -> records.add(
        named(m.value(), finding.getMunicipalityName().or(() -> Optional.ofNullable(names.get(m.value()))))
            .orElse(m.value())));
    for (RecordRef ref : finding.getSubjects()) {
      records.add(named(ref.id(), ref.name().or(() -> Optional.ofNullable(names.get(ref.id()))))
          .orElseGet(() -> listed(ref, messages)));
    }
    return records.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * How a list of the records a finding concerns names {@code ref}: as the texts do, except that a
   * person without a recorded name is the role and the id ("vänortssekreterare (p-moss-secretary-1)"),
   * so that two unnamed holders of one role stay two records that can be found in the register.
   */
  static String listed(RecordRef ref, Messages messages) {
    return ref.name().isEmpty() && ref.role().isPresent()
        ? messages.code("role", ref.role().get()) + " (" + ref.id() + ")" : messages.name(ref);
  }

  private static Optional<String> named(String id, Optional<String> name) {
    return name.filter(n -> !n.equals(id)).map(n -> n + " (" + id + ")");
  }
}
