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

/** How values of the domain become column values and back. */
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

  static String text(ResultSet row, int column) throws SQLException {
    return row.getString(column);
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

  static Optional<Long> optionalLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }

  static Optional<Boolean> optionalBoolean(ResultSet row, int column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
