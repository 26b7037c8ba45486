package se.vanort.domain.register;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.vanort.domain.DateRange;
import se.vanort.domain.Identifier;
import se.vanort.domain.ValueLimits;
import se.vanort.domain.agreement.Cycle;

/**
 * Applies {@link ValueLimits} to every value of a register: every id, text, date, year, period and
 * cycle, in whatever record it sits, found through the attributes of the register's value types
 * (their abstract getters), so that a record or field added later is covered without a line here.
 */
final class LimitCheck {
  private static final String DOMAIN = "se.vanort.domain";
  private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new ConcurrentHashMap<>();

  private final List<Problem> problems;

  private LimitCheck(List<Problem> problems) {
    this.problems = problems;
  }

  /** Adds a problem to {@code problems} for every value of {@code register} beyond the limits. */
  static void check(Register register, List<Problem> problems) {
    new LimitCheck(problems).walkAttributes("", register);
  }

  private record Attribute(String name, Method getter) {}

  private void walk(String path, Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(present -> walk(path, present));
    } else if (value instanceof Identifier<?> id) {
      ValueLimits.idProblem(id.value()).ifPresent(problem -> add(path, "id " + problem));
    } else if (value instanceof CharSequence text) {
      ValueLimits.textProblem(text.toString()).ifPresent(problem -> add(path, problem));
    } else if (value instanceof LocalDate date) {
      ValueLimits.dateProblem(date).ifPresent(problem -> add(path, problem));
    } else if (value instanceof Year year) {
      if (!ValueLimits.isWithinRange(year.getValue())) {
        add(path, "is " + year + ", outside the years " + ValueLimits.FIRST_YEAR + "–" + ValueLimits.LAST_YEAR
            + " vanort works with");
      }
    } else if (value instanceof DateRange range) {
      ValueLimits.periodProblem(range).ifPresent(problem -> add(path, problem));
    } else if (value instanceof Cycle cycle) {
      ValueLimits.yearsProblem(cycle.everyYears()).ifPresent(problem -> add(path + ".everyYears", problem));
      if (!ValueLimits.isWithinRange(cycle.anchorYear())) {
        add(path + ".anchorYear", "is " + cycle.anchorYear() + ", outside the years " + ValueLimits.FIRST_YEAR
            + "–" + ValueLimits.LAST_YEAR + " vanort works with");
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i));
      }
    } else if (value instanceof Collection<?> collection) {
      int i = 0;
      for (Object element : collection) {
        walk(path + "[" + i++ + "]", element);
      }
    } else if (value.getClass().getName().startsWith(DOMAIN)) {
      walkAttributes(path, value);
    }
  }

  private void walkAttributes(String path, Object value) {
    for (Attribute attribute : ATTRIBUTES.computeIfAbsent(value.getClass(), LimitCheck::attributesOf)) {
      Object attributeValue;
      try {
        attributeValue = attribute.getter().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + attribute.name() + " of " + value.getClass().getName(), e);
      }
      walk(path.isEmpty() ? attribute.name() : path + "." + attribute.name(), attributeValue);
    }
  }

  /**
   * The attributes of a value type: the public abstract getters of the domain interfaces it
   * implements (an Immutables value's attributes), in name order.
   */
  private static List<Attribute> attributesOf(Class<?> type) {
    List<Attribute> attributes = new ArrayList<>();
    for (Class<?> face : interfacesOf(type)) {
      if (!face.getName().startsWith(DOMAIN) || !Modifier.isPublic(face.getModifiers())) {
        continue;
      }
      for (Method method : face.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
            && method.getReturnType() != void.class && attributes.stream().noneMatch(a -> a.getter().getName().equals(method.getName()))) {
          attributes.add(new Attribute(propertyName(method.getName()), method));
        }
      }
    }
    if (type.isRecord()) {
      Arrays.stream(type.getRecordComponents())
          .forEach(component -> attributes.add(new Attribute(component.getName(), component.getAccessor())));
    }
    attributes.sort(Comparator.comparing(Attribute::name));
    return List.copyOf(attributes);
  }

  private static List<Class<?>> interfacesOf(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> face : c.getInterfaces()) {
        collect(face, all);
      }
    }
    return all;
  }

  private static void collect(Class<?> face, List<Class<?>> all) {
    if (!all.contains(face)) {
      all.add(face);
      for (Class<?> parent : face.getInterfaces()) {
        collect(parent, all);
      }
    }
  }

  private static String propertyName(String getter) {
    String bare = getter.startsWith("get") && getter.length() > 3 ? getter.substring(3)
        : getter.startsWith("is") && getter.length() > 2 ? getter.substring(2) : getter;
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private void add(String path, String message) {
    problems.add(Problem.at(path, message));
  }
}
