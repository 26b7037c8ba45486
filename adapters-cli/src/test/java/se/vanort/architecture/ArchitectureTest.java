package se.vanort.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.vanort.rules.fixture.RuleThatPrintsThroughTheCli;

/**
 * The module boundaries, checked where every module is on the class path: the CLI is the only
 * module that sees them all. The domain's own allow-list is checked in the domain module.
 */
class ArchitectureTest {
  /** Production classes only: test sources and the published test-jars are not the architecture. */
  private static final ImportOption PRODUCTION = new ImportOption() {
    @Override
    public boolean includes(Location location) {
      return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
          && !location.contains("-tests.jar");
    }
  };

  private static JavaClasses vanort;

  @BeforeAll
  static void importEveryModule() {
    vanort = new ClassFileImporter().withImportOption(PRODUCTION).importPackages("se.vanort");
  }

  static final ArchRule RULES_NEVER_DEPEND_ON_AN_ADAPTER = noClasses()
      .that().resideInAPackage("se.vanort.rules..")
      .should().dependOnClassesThat().resideInAPackage("se.vanort.adapters..")
      .because("the rules are the core: adapters plug into them, never the other way round");

  static final ArchRule THE_JDBC_ADAPTER_NEVER_DEPENDS_ON_THE_CLI = noClasses()
      .that().resideInAPackage("se.vanort.adapters.jdbc..")
      .should().dependOnClassesThat().resideInAPackage("se.vanort.adapters.cli..")
      .because("an embedding system uses the JDBC adapter without the command line");

  static final ArchRule THE_CLI_REACHES_THE_DATABASE_ONLY_THROUGH_THE_STORE = noClasses()
      .that().resideInAPackage("se.vanort.adapters.cli..")
      .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
          "JDBC adapter classes other than JdbcStore",
          c -> c.getPackageName().startsWith("se.vanort.adapters.jdbc")
              && !c.getSimpleName().equals("JdbcStore")))
      .because("the CLI wires the store and then talks to the ports RegisterRepository and"
          + " EvaluationLog, so the adapters stay apart behind the core's interfaces");

  static final ArchRule THE_CORE_NEVER_TOUCHES_JDBC = noClasses()
      .that().resideInAnyPackage("se.vanort.domain..", "se.vanort.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
      .because("no JDBC type crosses a port: persistence is an adapter's business");

  static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices()
      .matching("se.vanort.(**)")
      .should().beFreeOfCycles()
      .because("a package that depends on one that depends back on it cannot be understood alone");

  @Test
  void rules_never_depend_on_an_adapter() {
    RULES_NEVER_DEPEND_ON_AN_ADAPTER.check(vanort);
  }

  @Test
  void the_jdbc_adapter_never_depends_on_the_cli() {
    THE_JDBC_ADAPTER_NEVER_DEPENDS_ON_THE_CLI.check(vanort);
  }

  @Test
  void the_cli_reaches_the_database_only_through_the_store_that_hands_out_the_ports() {
    THE_CLI_REACHES_THE_DATABASE_ONLY_THROUGH_THE_STORE.check(vanort);
  }

  @Test
  void the_domain_and_the_rules_never_touch_jdbc() {
    THE_CORE_NEVER_TOUCHES_JDBC.check(vanort);
  }

  @Test
  void packages_are_free_of_cycles() {
    PACKAGES_ARE_FREE_OF_CYCLES.check(vanort);
  }

  @Test
  void a_rule_that_depends_on_an_adapter_is_caught() {
    JavaClasses offender = new ClassFileImporter().importClasses(RuleThatPrintsThroughTheCli.class);

    assertThat(RULES_NEVER_DEPEND_ON_AN_ADAPTER.evaluate(offender).hasViolation()).isTrue();
  }

  @Test
  void the_import_sees_every_module() {
    assertThat(vanort.containPackage("se.vanort.domain")).isTrue();
    assertThat(vanort.containPackage("se.vanort.rules")).isTrue();
    assertThat(vanort.containPackage("se.vanort.adapters.jdbc")).isTrue();
    assertThat(vanort.containPackage("se.vanort.adapters.cli")).isTrue();
    assertThat(vanort.containPackage("se.vanort.domain.generators")).isFalse();
  }
}
