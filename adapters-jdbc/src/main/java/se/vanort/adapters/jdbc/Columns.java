package se.vanort.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import se.vanort.domain.Identifier;
import se.vanort.domain.register.RecordShape;

/** How values of the domain become column values and back (by column name; by position for the evaluation history). */
final class Columns {
  private Columns() {}

  /**
   * The value bound for {@code value}: ids and codes as their text, enums by name, years as
   * numbers, instants as UTC date-times, an empty optional as NULL.
   */
  static Object bindable(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Columns::bindable).orElse(null);
    }
    if (value instanceof Identifier<?> id) {
      return id.value();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Year year) {
      return year.getValue();
    }
    if (value instanceof Instant instant) {
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof se.vanort.domain.document.ClauseId
        || value instanceof se.vanort.domain.document.RuleId
        || value instanceof se.vanort.domain.document.DocumentId) {
      return value.toString();
    }
    return value;
  }

  /**
   * The value of the column {@code column} of {@code row} as a {@code type}, the inverse of
   * {@link #bindable}; null when the column is NULL.
   */
  static Object read(ResultSet row, String column, Class<?> type) throws SQLException {
    Object value;
    if (type == String.class) {
      value = row.getString(column);
    } else if (type == LocalDate.class) {
      value = row.getObject(column, LocalDate.class);
    } else if (type == Integer.class || type == int.class || type == Year.class) {
      int number = row.getInt(column);
      value = row.wasNull() ? null : type == Year.class ? Year.of(number) : (Object) number;
    } else if (type == Long.class || type == long.class) {
      long number = row.getLong(column);
      value = row.wasNull() ? null : number;
    } else if (type == Boolean.class || type == boolean.class) {
      boolean bool = row.getBoolean(column);
      value = row.wasNull() ? null : bool;
    } else if (type.isEnum()) {
      String name = row.getString(column);
      value = name == null ? null : constantNamed(type, name);
    } else if (RecordShape.isTextValue(type)) {
      String text = row.getString(column);
      value = text == null ? null : RecordShape.ofText(type, text);
    } else {
      throw new IllegalArgumentException("no column holds a " + type.getName());
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constantNamed(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  /** The date in the column {@code column}, which is not NULL. */
  static LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }


  static Optional<String> optionalText(ResultSet row, int column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static <T> T id(ResultSet row, int column, Function<String, T> of) throws SQLException {
    return of.apply(row.getString(column));
  }

  static <T> Optional<T> optionalId(ResultSet row, int column, Function<String, T> of) throws SQLException {
    return Optional.ofNullable(row.getString(column)).map(of);
  }

  static <E extends Enum<E>> E constant(ResultSet row, int column, Class<E> type) throws SQLException {
    return Enum.valueOf(type, row.getString(column));
  }

  static LocalDate date(ResultSet row, int column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  static Optional<LocalDate> optionalDate(ResultSet row, int column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, LocalDate.class));
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
  }

  static Optional<Integer> optionalInt(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }


}
