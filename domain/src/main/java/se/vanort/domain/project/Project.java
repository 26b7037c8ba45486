package se.vanort.domain.project;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.activity.Publication;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.PersonId;

/**
 * An international contact run as a project, exchange, school exchange or partnership: who owns
 * and pays for it, with whom, in which operational areas, how it is financed, whether external
 * funding was investigated, where it was published, who took part, and who was consulted.
 */
@Value.Immutable
@VanortStyle
public interface Project extends WithProject {
  /** {@return the id other records use to name it} */
  ProjectId getId();

  /** {@return what kind of contact it is} */
  ProjectKind getKind();

  /** {@return its title} */
  @NotBlank(message = "must give the project a title")
  String getTitle();

  /** {@return the committee (or school) that owns it and pays for it (VIS2016/O5)} */
  BodyId getOwner();

  /** {@return other committees taking part (VIS2016/O5: cooperation between committees)} */
  ImmutableSet<BodyId> getParticipatingBodies();

  /** {@return the partner municipality abroad} */
  Optional<MunicipalityId> getPartner();

  /** {@return the relation it belongs to, if any} */
  Optional<RelationId> getRelation();

  /** {@return the municipal operational areas it spans, e.g. {@code school}, {@code elderly care}} */
  ImmutableSet<@NonBlankText String> getOperationalAreas();

  /** {@return its theme} */
  Optional<@NonBlankText String> getTheme();

  /** {@return when it runs} */
  DateRange getPeriod();

  /** {@return whether it is grounded in the Convention on the Rights of the Child (VIS2016/P1)} */
  @Value.Default
  default boolean isGroundedInChildRights() {
    return false;
  }

  /** {@return its cost, and whether that fits the owner's own budget} */
  Optional<@Valid Budget> getBudget();

  /** {@return where its money comes from} */
  ImmutableSet<FundingSource> getFinancing();

  /** {@return the investigation of external funding (VIS2016/W4), if one was recorded} */
  Optional<@Valid FundingInvestigation> getFundingInvestigation();

  /** {@return its publication on the municipality's website (VIS2016/N1), if recorded} */
  Optional<@Valid Publication> getPublication();

  /** {@return the people taking part, elected and officials (VIS2016/O4)} */
  ImmutableList<PersonId> getParticipants();

  /** {@return its steering group (VIS2016/P2)} */
  Optional<@Valid SteeringGroup> getSteeringGroup();

  /** {@return consultations of the international network (VIS2016/P3)} */
  ImmutableList<@Valid Consultation> getConsultations();

  /**
   * {@return whether other municipalities with partnerships in the same field were sought out (VIS2016/P4)}
   */
  Optional<Boolean> getPeerMunicipalitiesSought();

  /** {@return the strategies of VA2021 (S1–S5) and goals of VIS2016 (G1–G8) it serves} */
  ImmutableSet<ClauseId> getTags();

  /** {@return whether any of its money comes from the owner's own budget} */
  default boolean isOwnBudgetFinanced() {
    return getFinancing().contains(FundingSource.OWN_BUDGET);
  }

  /** {@return whether it has at least one external source of money and none from the own budget} */
  default boolean isExternallyFinancedOnly() {
    return !getFinancing().isEmpty() && getFinancing().stream().allMatch(FundingSource::isExternal);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  final class Builder extends ImmutableProject.Builder {}
}
