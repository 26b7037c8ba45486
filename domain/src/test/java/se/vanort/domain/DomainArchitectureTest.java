package se.vanort.domain;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import se.vanort.domain.fixture.UsesJdbc;
import se.vanort.domain.fixture.cycle.Upper;
import se.vanort.domain.fixture.cycle.lower.Lower;
import se.vanort.domain.fixture.UsesTestLibrary;

class DomainArchitectureTest {
  private static final JavaClasses DOMAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("se.vanort.domain");

  /**
   * Error Prone's annotations come with Guava, and Immutables puts {@code @CanIgnoreReturnValue} on
   * the builders it generates: markers for static analysis, without behaviour, so they are allowed
   * as annotations and as nothing else.
   */
  private static final DescribedPredicate<JavaClass> GUAVAS_ANNOTATIONS = DescribedPredicate.describe(
      "Error Prone annotations",
      type -> type.isAnnotation() && type.getPackageName().startsWith("com.google.errorprone.annotations"));

  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITS_ALLOW_LIST = classes()
      .that().resideInAPackage("se.vanort.domain..")
      .should().onlyDependOnClassesThat(resideInAnyPackage(
              "java..", "com.google.common..", "jakarta.validation..", "org.immutables..", "se.vanort.domain..",
              "org.hibernate.validator.messageinterpolation..")
          .and(not(resideInAPackage("java.sql..")))
          .or(GUAVAS_ANNOTATIONS))
      .as("the domain depends only on the JDK (without java.sql), Guava, Jakarta Validation (with Hibernate"
          + " Validator's message interpolator) and Immutables")
      .because("the domain is pure values: the rules, the adapters and every embedding system build on it,"
          + " so it must carry no I/O, no SQL and no framework");

  static final ArchRule DOMAIN_USES_NO_SQL = noClasses()
      .that().resideInAPackage("se.vanort.domain..")
      .should().dependOnClassesThat().resideInAPackage("java.sql..")
      .as("no domain class uses java.sql")
      .because("SQL lives in the JDBC adapter; no JDBC type may cross into the domain");

  static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices()
      .matching("se.vanort.(**)")
      .should().beFreeOfCycles()
      .as("no two packages of the domain depend on each other, directly or through others")
      .because("a package (the shared kernel, agreement, event, decision, register, …) must be understandable"
          + " from the ones below it, without reading the ones above");

  @Test
  void the_domain_depends_only_on_its_allow_list() {
    DOMAIN_DEPENDS_ONLY_ON_ITS_ALLOW_LIST.check(DOMAIN);
  }

  @Test
  void the_domain_uses_no_sql() {
    DOMAIN_USES_NO_SQL.check(DOMAIN);
  }

  @Test
  void the_domains_packages_have_no_cycles() {
    PACKAGES_ARE_FREE_OF_CYCLES.check(DOMAIN);
  }

  @Test
  void the_cycle_rule_reports_two_packages_that_depend_on_each_other() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Upper.class, Lower.class);

    assertThat(PACKAGES_ARE_FREE_OF_CYCLES.evaluate(fixture).hasViolation()).isTrue();
  }

  @Test
  void the_allow_list_rule_reports_a_class_that_uses_jdbc() {
    JavaClasses fixture = new ClassFileImporter().importClasses(UsesJdbc.class);

    EvaluationResult result = DOMAIN_DEPENDS_ONLY_ON_ITS_ALLOW_LIST.evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail).contains("java.sql.Connection"));
    assertThat(DOMAIN_USES_NO_SQL.evaluate(fixture).hasViolation()).isTrue();
  }

  @Test
  void the_allow_list_rule_reports_a_class_that_uses_a_library_outside_the_list() {
    JavaClasses fixture = new ClassFileImporter().importClasses(UsesTestLibrary.class);

    EvaluationResult result = DOMAIN_DEPENDS_ONLY_ON_ITS_ALLOW_LIST.evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(detail -> assertThat(detail).contains("org.quicktheories"));
    assertThat(DOMAIN_USES_NO_SQL.evaluate(fixture).hasViolation()).isFalse();
  }
}
