package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;

/**
 * The entry point: the rules of VA2021 (for every party) and VIS2016 (for the perspective
 * municipality), and the check of a register against them.
 *
 * <pre>{@code
 * Rulebook rulebook = Rulebook.standard();
 * Report report = rulebook.check(register, DateRange.ofYears(2021, 2026));
 * Messages en = Messages.of(Locale.ENGLISH);
 * for (Finding finding : report.getFindings()) {
 *   System.out.println(finding.getClause() + " " + en.message(finding));
 * }
 * }</pre>
 *
 * <p>A rulebook is immutable and thread-safe: build it once and share it.
 */
public final class Rulebook {
  // Declared before STANDARD: static fields initialise in order, and building STANDARD sorts by them.
  private static final ImmutableList<RuleId> CATALOGUE = Documents.allRules().stream()
      .map(RuleDefinition::getId).collect(ImmutableList.toImmutableList());

  private static final Comparator<Rule> CATALOGUE_ORDER = Comparator.comparingInt(rule -> {
    int index = CATALOGUE.indexOf(rule.id());
    return index < 0 ? Integer.MAX_VALUE : index;
  });

  private static final Rulebook STANDARD = of(ImmutableList.<Rule>builder()
      .addAll(ServiceLoader.load(RuleSet.class, Rulebook.class.getClassLoader()).stream()
          .flatMap(set -> set.get().rules().stream()).iterator())
      .add(new StrategyCoverage())
      .add(new GoalCoverage())
      .build());

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<RuleId, Rule> byId;
  private final String version;

  private Rulebook(ImmutableList<Rule> rules, String version) {
    this.rules = rules;
    this.byId = rules.stream().collect(ImmutableMap.toImmutableMap(Rule::id, Function.identity()));
    this.version = version;
  }

  /** {@return every rule of the catalogue: VA2021 and VIS2016} */
  public static Rulebook standard() {
    return STANDARD;
  }

  /**
   * {@return a rulebook of {@code rules}, in catalogue order}
   *
   * @param rules the rules
   * @throws IllegalArgumentException if two rules share an id
   */
  public static Rulebook of(Iterable<? extends Rule> rules) {
    ImmutableList<Rule> sorted = ImmutableList.sortedCopyOf(CATALOGUE_ORDER, rules);
    Set<RuleId> seen = new HashSet<>();
    sorted.forEach(rule -> checkArgument(seen.add(rule.id()), "rule %s appears twice in the rulebook", rule.id()));
    return new Rulebook(sorted, readVersion());
  }

  private static String readVersion() {
    try (InputStream in = Rulebook.class.getResourceAsStream("rulebook.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "development");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rulebook's version", e);
    }
  }

  /** {@return the rules, in catalogue order} */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * {@return the rule with {@code id}, if this rulebook has it}
   *
   * @param id the id to look up
   */
  public Optional<Rule> rule(RuleId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** {@return the version of the rulebook, recorded with every report} */
  public String version() {
    return version;
  }

  /** {@return the permissions (MAY rules) the documents grant} */
  public ImmutableList<RuleDefinition> permissions() {
    return rules.stream().map(Rule::definition).filter(d -> d.getModality() == Modality.MAY)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the period checked when none is given: from the first day of the register's earliest
   * agreement to the end of the latest agreement's revision year (VA2021: 2021-01-01 to
   * 2027-12-31, as the revision falls in the year after the agreement's period), or the calendar
   * year of its as-of date when it holds no agreement}
   *
   * @param register the register
   */
  public static DateRange defaultPeriod(Register register) {
    return register.getAgreements().stream()
        .map(a -> DateRange.of(a.getPeriod().from(),
            Collections.max(List.of(a.getPeriod().to(), LocalDate.of(a.getRevisionYear(), 12, 31)))))
        .reduce((a, b) -> DateRange.of(
            a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to()))
        .orElse(DateRange.ofYear(register.asOf().getYear()));
  }

  /**
   * Checks {@code register} over its {@linkplain #defaultPeriod default period}.
   *
   * @param register the register
   * @return the findings, coverage and permissions of the check
   */
  public Report check(Register register) {
    return check(register, defaultPeriod(register));
  }

  /**
   * Checks {@code register} over {@code period} as of the register's as-of date: what was required
   * in the period up to that date and is not recorded is a finding; what falls after it is due.
   *
   * @param register the register
   * @param period the period
   * @return the findings, coverage and permissions of the check
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public Report check(Register register, DateRange period) {
    Evaluation evaluation = new Evaluation(register, period);
    RecordNames names = RecordNames.of(register);
    ImmutableList<Finding> findings = rules.stream()
        .filter(rule -> rule.modality().producesFindings())
        .flatMap(rule -> rule.check(evaluation))
        .map(names::name)
        .sorted(Finding.ORDER)
        .collect(ImmutableList.toImmutableList());
    return Report.builder()
        .register(register.getId())
        .rulebookVersion(version)
        .period(period)
        .asOf(register.asOf())
        .findings(findings)
        .coverage(coverage(evaluation))
        .yearsWithoutAgreement(yearsWithoutAgreement(register, period))
        .permissions(permissions())
        .build();
  }

  // The years of the period that meet no agreement's period.
  private static ImmutableList<Integer> yearsWithoutAgreement(Register register, DateRange period) {
    return period.years()
        .filter(year -> period.intersection(DateRange.ofYear(year))
            .filter(days -> register.getAgreements().stream().noneMatch(a -> a.getPeriod().overlaps(days)))
            .isPresent())
        .boxed()
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<ClauseCoverage> coverage(Evaluation evaluation) {
    ImmutableList.Builder<ClauseCoverage> lines = ImmutableList.builder();
    for (var document : Documents.all()) {
      for (Clause clause : document.getClauses()) {
        ImmutableList<RuleId> clauseRules = document.rulesOf(clause.getId()).stream()
            .map(RuleDefinition::getId).filter(byId::containsKey).collect(ImmutableList.toImmutableList());
        ClauseCoverage.Builder line = ClauseCoverage.builder().clause(clause.getId()).rules(clauseRules);
        Optional<Modality> strongest = clauseRules.stream().map(id -> byId.get(id).modality())
            .min(Comparator.naturalOrder());
        if (clause.getNotCheckableReason().isEmpty() && clause.getModality() == Modality.MAY
            && strongest.filter(Modality::producesFindings).isEmpty()) {
          // A MAY clause grants a permission, whether or not a rule of its own reads it (VIS2016/E1).
          line.status(ClauseStatus.PERMISSION);
        } else if (clause.getNotCheckableReason().isPresent() || strongest.isEmpty()) {
          line.status(ClauseStatus.NOT_CHECKABLE)
              .reason(clause.getNotCheckableReason().orElse(clauseRules.isEmpty()
                  ? "no rule of this rulebook reads it" : "information only"));
        } else if (strongest.get().producesFindings()) {
          line.status(ClauseStatus.CHECKED);
        } else if (strongest.get() == Modality.MAY) {
          line.status(ClauseStatus.PERMISSION);
        } else {
          line.status(ClauseStatus.COVERAGE)
              .taggedActivities(TagCoverage.taggedActivities(evaluation, clause.getId()));
        }
        lines.add(line.build());
      }
    }
    return lines.build();
  }
}
