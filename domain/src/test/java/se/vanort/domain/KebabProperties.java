package se.vanort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class KebabProperties {
  /** Every constant of every enum of the domain, found by reading its classes, so that a new enum is covered. */
  private static final List<Enum<?>> CONSTANTS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("se.vanort.domain").stream()
      .filter(JavaClass::isEnum)
      .map(JavaClass::reflect)
      .flatMap(type -> Arrays.stream(type.getEnumConstants()))
      .<Enum<?>>map(constant -> (Enum<?>) constant)
      .toList();

  private static Gen<Enum<?>> constants() {
    return Generate.pick(CONSTANTS);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Object> parse(Enum<?> constant, String text) {
    Optional<?> found = Kebab.parse((Class) constant.getDeclaringClass(), text);
    return found.map(Object.class::cast);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Object> parseTyped(Enum<?> constant, String text) {
    Optional<?> found = Kebab.parseTyped((Class) constant.getDeclaringClass(), text);
    return found.map(Object.class::cast);
  }

  @Test
  void the_domain_has_enums_to_convert() {
    assertThat(CONSTANTS).hasSizeGreaterThan(20);
  }

  @Test
  void every_constant_of_the_domain_comes_back_from_its_kebab_case() {
    qt().forAll(constants()).checkAssert(constant -> {
      String kebab = Kebab.of(constant);
      assertThat(kebab).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(parse(constant, kebab)).contains(constant);
      assertThat(Kebab.names(constant.getDeclaringClass())).contains(kebab);
    });
  }

  @Test
  void every_constant_comes_back_from_its_name_or_its_kebab_case_typed_in_any_case() {
    // Each bit of `upper` says whether to type the letter at its place (mod 64) in upper case.
    qt().forAll(constants(), longs().all())
        .checkAssert((constant, upper) -> {
          String kebab = Kebab.of(constant);
          StringBuilder typed = new StringBuilder();
          for (int i = 0; i < kebab.length(); i++) {
            char c = kebab.charAt(i);
            typed.append((upper >>> (i % 64) & 1) == 1 ? Character.toUpperCase(c) : c);
          }
          assertThat(parseTyped(constant, " " + typed + " ")).contains(constant);
          assertThat(parseTyped(constant, constant.name())).contains(constant);
          // a file writes the kebab case only
          assertThat(parse(constant, constant.name())).isEmpty();
        });
  }
}
