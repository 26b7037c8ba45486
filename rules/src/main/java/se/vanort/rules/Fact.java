package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.vanort.domain.Kebab;

/**
 * A named fact of a finding, typed: a day, a year, a number, a reference to a record, a list of
 * them, a code of the register's vocabulary (an agenda item, a role). The texts refer to facts by
 * name ({@code {year}}, {@code {conference}}); {@link Messages} writes them in the reader's language
 * (Swedish dates as "12 augusti 2024", lists as "A, B och C"). A fact is built only when there is a
 * finding.
 */
public sealed interface Fact {
  /** The types of facts, as the evaluation history stores them. */
  enum Type {
    /** A day. */
    DATE,
    /** A calendar year. */
    YEAR,
    /** Calendar years. */
    YEARS,
    /** Days. */
    DATES,
    /** A count or another whole number. */
    NUMBER,
    /** A record. */
    REF,
    /** Records. */
    REFS,
    /** A code of the register's vocabulary, written in words at the edge. */
    CODE,
    /** Codes of one vocabulary. */
    CODES,
    /** A text taken as it is: a name, a term, or an argument carried over from a history before V5. */
    TEXT,
    /** Texts taken as they are: the operational areas a project names. */
    TEXTS,
    /** A value the register does not record. */
    NOT_RECORDED
  }

  /** {@return the type, as stored} */
  Type type();

  /** {@return the values as stored: ISO dates, numbers, ids of records, codes, the text} */
  ImmutableList<String> values();

  /** {@return the records referred to (a {@link Type#REF} or {@link Type#REFS}), else none} */
  default ImmutableList<RecordRef> refs() {
    return ImmutableList.of();
  }

  /** {@return the vocabulary of a code ({@code agenda-item}, {@code role}), else none} */
  default Optional<String> vocabulary() {
    return Optional.empty();
  }

  /**
   * {@return the fact with every record reference passed through {@code naming}}
   *
   * @param naming gives a reference its recorded name
   */
  default Fact withRefs(Function<RecordRef, RecordRef> naming) {
    return this;
  }

  /**
   * A day.
   *
   * @param value the day
   */
  record Date(LocalDate value) implements Fact {
    @Override
    public Type type() {
      return Type.DATE;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of(value.toString());
    }
  }

  /**
   * A calendar year.
   *
   * @param value the year
   */
  record Year(int value) implements Fact {
    @Override
    public Type type() {
      return Type.YEAR;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of(String.valueOf(value));
    }
  }

  /**
   * Calendar years, in order.
   *
   * @param years the years
   */
  record Years(ImmutableList<Integer> years) implements Fact {
    @Override
    public Type type() {
      return Type.YEARS;
    }

    @Override
    public ImmutableList<String> values() {
      return years.stream().map(String::valueOf).collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * Days, in order.
   *
   * @param days the days
   */
  record Dates(ImmutableList<LocalDate> days) implements Fact {
    @Override
    public Type type() {
      return Type.DATES;
    }

    @Override
    public ImmutableList<String> values() {
      return days.stream().map(LocalDate::toString).collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * A whole number: a count, a length in years.
   *
   * @param value the number
   */
  record Number(long value) implements Fact {
    @Override
    public Type type() {
      return Type.NUMBER;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of(String.valueOf(value));
    }
  }

  /**
   * A record.
   *
   * @param ref the record
   */
  record Ref(RecordRef ref) implements Fact {
    @Override
    public Type type() {
      return Type.REF;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of(ref.id());
    }

    @Override
    public ImmutableList<RecordRef> refs() {
      return ImmutableList.of(ref);
    }

    @Override
    public Fact withRefs(Function<RecordRef, RecordRef> naming) {
      return new Ref(naming.apply(ref));
    }
  }

  /**
   * Records, in the order given.
   *
   * @param list the records
   */
  record Refs(ImmutableList<RecordRef> list) implements Fact {
    @Override
    public Type type() {
      return Type.REFS;
    }

    @Override
    public ImmutableList<String> values() {
      return list.stream().map(RecordRef::id).collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<RecordRef> refs() {
      return list;
    }

    @Override
    public Fact withRefs(Function<RecordRef, RecordRef> naming) {
      return new Refs(list.stream().map(naming).collect(ImmutableList.toImmutableList()));
    }
  }

  /**
   * Codes of one vocabulary ({@code agenda-item}: {@code norden-meeting}), one or several.
   *
   * @param kind the vocabulary
   * @param codes the codes
   * @param single whether it is one code rather than a list
   */
  record Codes(String kind, ImmutableList<String> codes, boolean single) implements Fact {
    @Override
    public Type type() {
      return single ? Type.CODE : Type.CODES;
    }

    @Override
    public ImmutableList<String> values() {
      return codes;
    }

    @Override
    public Optional<String> vocabulary() {
      return Optional.of(kind);
    }
  }

  /**
   * A text taken as it is.
   *
   * @param value the text
   */
  record Text(String value) implements Fact {
    @Override
    public Type type() {
      return Type.TEXT;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of(value);
    }
  }

  /**
   * Texts taken as they are, in order.
   *
   * @param texts the texts
   */
  record Texts(ImmutableList<String> texts) implements Fact {
    @Override
    public Type type() {
      return Type.TEXTS;
    }

    @Override
    public ImmutableList<String> values() {
      return texts;
    }
  }

  /** A value the register does not record. */
  record NotRecorded() implements Fact {
    @Override
    public Type type() {
      return Type.NOT_RECORDED;
    }

    @Override
    public ImmutableList<String> values() {
      return ImmutableList.of();
    }
  }

  /**
   * {@return the day {@code value}}
   *
   * @param value the day
   */
  static Fact date(LocalDate value) {
    return new Date(value);
  }

  /**
   * {@return the day {@code value}, or not recorded}
   *
   * @param value the day, if recorded
   */
  static Fact date(Optional<LocalDate> value) {
    return value.<Fact>map(Date::new).orElseGet(NotRecorded::new);
  }

  /**
   * {@return the calendar year {@code value}}
   *
   * @param value the year
   */
  static Fact year(int value) {
    return new Year(value);
  }

  /**
   * {@return the calendar years {@code values}}
   *
   * @param values the years
   */
  static Fact years(Collection<Integer> values) {
    return new Years(ImmutableList.copyOf(values));
  }

  /**
   * {@return the days {@code values}}
   *
   * @param values the days
   */
  static Fact dates(Collection<LocalDate> values) {
    return new Dates(ImmutableList.copyOf(values));
  }

  /**
   * {@return the texts {@code values}, each taken as it is}
   *
   * @param values the texts
   */
  static Fact texts(Collection<String> values) {
    return new Texts(ImmutableList.copyOf(values));
  }

  /**
   * {@return the number {@code value}}
   *
   * @param value the number
   */
  static Fact number(long value) {
    return new Number(value);
  }

  /**
   * {@return the record {@code id} of {@code kind}}
   *
   * @param kind its kind
   * @param id its id
   */
  static Fact ref(RecordKind kind, Object id) {
    return new Ref(RecordRef.of(kind, id));
  }

  /**
   * {@return the record {@code id} of {@code kind}, or not recorded}
   *
   * @param kind its kind
   * @param id its id, if recorded
   */
  static Fact ref(RecordKind kind, Optional<?> id) {
    return id.<Fact>map(value -> ref(kind, value)).orElseGet(NotRecorded::new);
  }

  /**
   * {@return the records {@code ids} of {@code kind}, in the order given}
   *
   * @param kind their kind
   * @param ids their ids
   */
  static Fact refs(RecordKind kind, Collection<?> ids) {
    return new Refs(ids.stream().map(id -> RecordRef.of(kind, id)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * {@return the code of {@code value} (an enum constant) in its vocabulary: {@code agenda-item},
   * {@code norden-meeting}}
   *
   * @param value the constant
   */
  static Fact code(Enum<?> value) {
    return new Codes(vocabularyOf(value.getDeclaringClass()), ImmutableList.of(Kebab.of(value)), true);
  }

  /**
   * {@return the codes of {@code values}, constants of {@code type}, in the order given}
   *
   * @param type the enum of the vocabulary
   * @param values the constants
   * @param <E> the enum
   */
  static <E extends Enum<E>> Fact codes(Class<E> type, Collection<E> values) {
    return new Codes(vocabularyOf(type),
        values.stream().map(Kebab::of).collect(ImmutableList.toImmutableList()), false);
  }

  /**
   * {@return the text {@code value}, taken as it is}
   *
   * @param value the text
   */
  static Fact text(String value) {
    return new Text(value);
  }

  /** {@return a value the register does not record} */
  static Fact notRecorded() {
    return new NotRecorded();
  }

  /**
   * {@return the fact stored as {@code type}, {@code vocabulary} and {@code values}, with the
   * records {@code refs} for a reference}
   *
   * @param type the stored type
   * @param vocabulary the vocabulary of a code
   * @param values the stored values
   * @param refs the records of a reference, in the order of the values
   * @throws IllegalArgumentException if the values do not fit the type
   */
  static Fact restore(Type type, Optional<String> vocabulary, List<String> values, List<RecordRef> refs) {
    return switch (type) {
      case DATE -> date(LocalDate.parse(only(type, values)));
      case YEAR -> year(Integer.parseInt(only(type, values)));
      case YEARS -> years(values.stream().map(Integer::valueOf).toList());
      case DATES -> dates(values.stream().map(LocalDate::parse).toList());
      case TEXTS -> texts(values);
      case NUMBER -> number(Long.parseLong(only(type, values)));
      case REF -> new Ref(only(type, refs));
      case REFS -> new Refs(ImmutableList.copyOf(refs));
      case CODE, CODES -> new Codes(vocabulary.orElseThrow(() -> new IllegalArgumentException(
          "a stored code has no vocabulary")), ImmutableList.copyOf(values), type == Type.CODE);
      case TEXT -> text(only(type, values));
      case NOT_RECORDED -> notRecorded();
    };
  }

  private static <T> T only(Type type, List<T> values) {
    checkArgument(values.size() == 1, "a stored %s fact has %s values, not one", type, values.size());
    return values.get(0);
  }

  /** The vocabulary of an enum as the bundles name it: {@code AgendaItem} → {@code agenda-item}. */
  private static String vocabularyOf(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
