package se.vanort.domain.register;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes of one kind of record of a register, read off the value type itself: for an
 * Immutables value, its getters that its builder can set, in the order they are declared; for a
 * Java record of the domain ({@code DateRange}, {@code Cycle}), its components. The one description
 * of a record's shape from which the adapters map it (the file format, the tables), so that a field
 * added to a value reaches them without being listed again.
 */
public final class RecordShape {
  private static final String DOMAIN = "se.vanort.domain";
  private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final ImmutableList<Attribute> attributes;
  private final ImmutableMap<String, Attribute> byName;
  private final Method builderFactory;
  private final Constructor<?> canonical;

  /**
   * One attribute: its name ({@code agendaItems} for {@code getAgendaItems()}), how it is read and
   * set, its declared type, and whether a record needs it.
   *
   * @param name the attribute's name, the getter's without {@code get} or {@code is}
   * @param getter the getter (or record accessor)
   * @param type the getter's generic return type, e.g. {@code Optional<MunicipalityId>}
   * @param required whether the record cannot be built without it (not optional, not a
   *     collection, not defaulted)
   * @param setter the builder's method that sets it from a plain value (for an {@code Optional},
   *     its element; for a collection, an {@code Iterable}); null for a Java record's component
   */
  public record Attribute(String name, Method getter, Type type, boolean required, Method setter) {
    /**
     * {@return the attribute's value in {@code record}}
     *
     * @param record a record of the shape's type
     */
    public Object valueIn(Object record) {
      return invoke(getter, record);
    }

    /** {@return whether the attribute has a default: the value gives it when the builder is not told} */
    public boolean isDefaulted() {
      return getter.isDefault();
    }

    /**
     * {@return what the attribute would be in {@code record} had it not been set: the value's own
     * default, worked out on the record (a meeting cycle defaults to the record's conference cycle)}
     *
     * @param record a record of the shape's type
     */
    public Object defaultIn(Object record) {
      checkArgument(isDefaulted(), "%s has no default", name);
      try {
        MethodHandle body = MethodHandles.privateLookupIn(record.getClass(), MethodHandles.lookup())
            .unreflectSpecial(getter, record.getClass());
        return body.invoke(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot work out the default of " + name, e);
      }
    }

    /** {@return whether the attribute is an {@code Optional}} */
    public boolean isOptional() {
      return rawType() == Optional.class;
    }

    /** {@return whether the attribute is a list or a set} */
    public boolean isCollection() {
      return Collection.class.isAssignableFrom(rawType());
    }

    /** {@return the raw class of the attribute's type} */
    public Class<?> rawType() {
      return raw(type);
    }

    /** {@return the type of one value: the element of an optional or a collection, else the type itself} */
    public Type valueType() {
      return isOptional() || isCollection() ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
    }
  }

  private RecordShape(Class<?> type, List<Attribute> attributes, Method builderFactory, Constructor<?> canonical) {
    this.type = type;
    this.attributes = ImmutableList.copyOf(attributes);
    this.byName = this.attributes.stream().collect(ImmutableMap.toImmutableMap(Attribute::name, a -> a));
    this.builderFactory = builderFactory;
    this.canonical = canonical;
  }

  /**
   * {@return whether {@code type} is a record of the register with attributes of its own: an
   * Immutables value of the domain with a builder, or a Java record of the domain with more than a
   * single text (ids and codes are values, not records)}
   *
   * @param type the class
   */
  public static boolean isRecord(Class<?> type) {
    if (!type.getName().startsWith(DOMAIN)) {
      return false;
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      return !(components.length == 1 && components[0].getType() == String.class);
    }
    return type.isInterface() && builderClass(type).isPresent();
  }

  /**
   * {@return the shape of {@code type}, worked out once}
   *
   * @param type a record type, see {@link #isRecord}
   */
  public static RecordShape of(Class<?> type) {
    checkArgument(isRecord(type), "%s is not a record of the register", type.getName());
    return SHAPES.computeIfAbsent(type, RecordShape::describe);
  }

  /**
   * {@return whether {@code type} is an id or code of the domain: a Java record of one text, made by
   * a static {@code of(String)} that refuses a malformed one}
   *
   * @param type the class
   */
  public static boolean isTextValue(Class<?> type) {
    if (!type.getName().startsWith(DOMAIN) || !type.isRecord()) {
      return false;
    }
    RecordComponent[] components = type.getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class;
  }

  /**
   * {@return the id or code of {@code type} written {@code text}}
   *
   * @param type an id or code type, see {@link #isTextValue}
   * @param text its text
   * @throws IllegalArgumentException as the type's {@code of(String)} refuses a malformed text
   */
  public static Object ofText(Class<?> type, String text) {
    checkArgument(isTextValue(type), "%s is not an id or code", type.getName());
    try {
      return invoke(type.getMethod("of", String.class), null, text);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no of(String)", e);
    }
  }

  /**
   * {@return the text of an id or code, what {@link #ofText} reads back}
   *
   * @param value an id or code
   */
  public static String textOf(Object value) {
    checkArgument(value != null && isTextValue(value.getClass()), "%s is not an id or code", value);
    return (String) invoke(value.getClass().getRecordComponents()[0].getAccessor(), value);
  }

  /** {@return the record type described} */
  public Class<?> type() {
    return type;
  }

  /** {@return the attributes, in the order the value declares them} */
  public ImmutableList<Attribute> attributes() {
    return attributes;
  }

  /**
   * {@return the attribute called {@code name}, if there is one}
   *
   * @param name the attribute's name
   */
  public Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Builds a record from attribute values; an attribute absent from {@code values} is left unset
   * (empty, or its default).
   *
   * @param values the values by attribute name: an optional's element, a collection as any
   *     {@code Iterable}
   * @return the record, built through its builder (or canonical constructor), so checked as any other
   * @throws IllegalArgumentException or {@link IllegalStateException} as the value's own checks throw them
   */
  public Object build(Map<String, Object> values) {
    if (canonical != null) {
      Object[] arguments = attributes.stream().map(a -> values.get(a.name())).toArray();
      try {
        return canonical.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw rethrown(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + type.getName(), e);
      }
    }
    Object builder = invoke(builderFactory, null);
    for (Attribute attribute : attributes) {
      Object value = values.get(attribute.name());
      if (value != null) {
        invoke(attribute.setter(), builder, value);
      }
    }
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw rethrown(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static RecordShape describe(Class<?> type) {
    if (type.isRecord()) {
      List<Attribute> attributes = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        attributes.add(new Attribute(component.getName(), accessible(component.getAccessor()),
            component.getGenericType(), true, null));
      }
      Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new);
      try {
        return new RecordShape(type, attributes, null, accessible(type.getDeclaredConstructor(types)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor", e);
      }
    }
    Class<?> builder = builderClass(type).orElseThrow();
    List<String> declared = Arrays.stream(builder.getSuperclass().getEnclosingClass().getDeclaredFields())
        .map(Field::getName).toList();
    List<Attribute> attributes = new ArrayList<>();
    for (Method getter : type.getMethods()) {
      String name = attributeName(getter.getName());
      if (name == null || getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())) {
        continue;
      }
      setterOf(builder, name, getter.getGenericReturnType()).ifPresent(setter -> attributes.add(new Attribute(
          name, accessible(getter), getter.getGenericReturnType(),
          Modifier.isAbstract(getter.getModifiers()) && raw(getter.getGenericReturnType()) != Optional.class
              && !Collection.class.isAssignableFrom(getter.getReturnType()),
          accessible(setter))));
    }
    attributes.sort(Comparator.comparingInt(a -> declared.indexOf(a.name()) < 0 ? Integer.MAX_VALUE
        : declared.indexOf(a.name())));
    try {
      return new RecordShape(type, attributes, accessible(type.getMethod("builder")), null);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has a builder class but no builder()", e);
    }
  }

  private static Optional<Class<?>> builderClass(Class<?> type) {
    return Arrays.stream(type.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder")).findFirst();
  }

  /** The builder's method {@code name(x)} that takes a plain value: an optional's element, not the optional. */
  private static Optional<Method> setterOf(Class<?> builder, String name, Type attributeType) {
    boolean optional = raw(attributeType) == Optional.class;
    return Arrays.stream(builder.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1 && !m.isVarArgs())
        .filter(m -> !optional || m.getParameterTypes()[0] != Optional.class)
        .findFirst();
  }

  private static String attributeName(String getter) {
    String bare = getter.startsWith("get") && getter.length() > 3 ? getter.substring(3)
        : getter.startsWith("is") && getter.length() > 2 ? getter.substring(2) : null;
    return bare == null ? null : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
  }

  private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
    member.setAccessible(true);
    return member;
  }

  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw rethrown(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static RuntimeException rethrown(InvocationTargetException e) {
    if (e.getCause() instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e.getCause() instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(e.getCause());
  }
}
