package se.vanort.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.RecordShape.Attribute;

/**
 * One table of a register revision and how a record lives in it: its columns by name, each with
 * the attribute it holds (read and set through the domain's {@link RecordShape}), and the child
 * tables that hold the record's lists, keyed by the record's {@code seq}. The same description
 * drives the insert ({@link RegisterWriter}) and the select ({@link RegisterReader}).
 *
 * <p>A table holds records (a row per record, built through its builder) or plain values (a row
 * per element of a list of ids or codes, in one value column).
 */
final class Table {
  private final String name;
  private final RecordShape shape;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Child> children;

  /**
   * A list of a record kept in a child table: the attribute ({@code agendaItems}), or an attribute
   * of a part flattened into the record's row ({@code fundingInvestigation.sources}).
   *
   * @param path the attribute, or the part and its attribute
   * @param parentColumn the child table's column of the record's {@code seq} (after those of the
   *     record's own parents); null for the register's lists
   * @param table the child table
   */
  record Child(String path, String parentColumn, Table table) {}

  /**
   * Where a part of a record stands in a row: the columns' names, how the part's values are
   * written, and how they are read back into the record's attribute values.
   */
  interface Column {
    /** {@return the columns' names} */
    List<String> names();

    /**
     * {@return whether the column was added after revisions were first digested: left out of a
     * row's digest when NULL, so that a revision stored before it keeps its digest}
     */
    default boolean added() {
      return false;
    }

    /** Appends the values of the columns for {@code record} to {@code row}. */
    void write(Object record, List<Object> row);

    /**
     * Reads the columns of {@code row} into {@code values} by attribute name; {@code lists} holds
     * the record's lists already read from child tables, by {@link Child#path}.
     */
    void read(ResultSet row, Map<String, Object> values, Map<String, List<Object>> lists) throws SQLException;
  }

  private Table(String name, RecordShape shape, List<Column> columns, List<Child> children) {
    this.name = name;
    this.shape = shape;
    this.columns = ImmutableList.copyOf(columns);
    this.children = ImmutableList.copyOf(children);
  }

  /** A table of records of {@code type}. */
  static Builder of(String name, Class<?> type) {
    return new Builder(name, RecordShape.of(type));
  }

  /** A table of plain values in the column {@code column}, of type {@code type}. */
  static Table values(String name, String column, Class<?> type) {
    return new Table(name, null, List.of(new Simple(List.of(column), false, (value, row) -> row.add(value),
        (row, values, lists) -> values.put(column, Columns.read(row, column, type)))), List.of());
  }

  String name() {
    return name;
  }

  ImmutableList<Child> children() {
    return children;
  }

  /** The names of every column, in the order they are written. */
  List<String> columnNames() {
    return columns.stream().flatMap(c -> c.names().stream()).toList();
  }

  /**
   * The values of {@code row} that its digest covers ({@link RevisionDigest}): all but those of
   * {@linkplain Column#added added} columns that are NULL.
   */
  List<Object> digested(List<Object> row, int keys) {
    List<Object> digested = new ArrayList<>(row.subList(0, keys));
    int index = keys;
    for (Column column : columns) {
      for (int i = 0; i < column.names().size(); i++, index++) {
        if (!column.added() || Columns.bindable(row.get(index)) != null) {
          digested.add(row.get(index));
        }
      }
    }
    return digested;
  }

  /** The values of the row of {@code record} (a record of the table's type, or a plain value). */
  List<Object> row(Object record) {
    List<Object> row = new ArrayList<>();
    columns.forEach(column -> column.write(record, row));
    return row;
  }

  /** The elements of the list at {@code path} in {@code record}: nothing when a part on the way is absent. */
  static Collection<?> listAt(Object record, String path) {
    Object value = record;
    for (String step : path.split("\\.")) {
      if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          return List.of();
        }
        value = optional.get();
      }
      value = RecordShape.of(shapeTypeOf(value)).attribute(step).orElseThrow().valueIn(value);
    }
    return (Collection<?>) value;
  }

  /** The record (or value) of the current row, with its lists read from the child tables. */
  Object read(ResultSet row, Map<String, List<Object>> lists) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Column column : columns) {
      column.read(row, values, lists);
    }
    if (shape == null) {
      return values.values().iterator().next();
    }
    lists.forEach((path, list) -> {
      if (!path.contains(".")) {
        values.put(path, list);
      }
    });
    return shape.build(values);
  }

  private static Class<?> shapeTypeOf(Object record) {
    for (Class<?> face : record.getClass().getInterfaces()) {
      if (RecordShape.isRecord(face)) {
        return face;
      }
    }
    return record.getClass();
  }

  /** Builds the description of a table of records. */
  static final class Builder {
    private final String name;
    private final RecordShape shape;
    private final List<Column> columns = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();

    private Builder(String name, RecordShape shape) {
      this.name = name;
      this.shape = shape;
    }

    /** The column {@code column} holds the attribute {@code attribute}. */
    Builder column(String column, String attribute) {
      columns.add(attributeColumn(shape, column, attribute, Function.identity()));
      return this;
    }

    /**
     * The column {@code column}, added after revisions were first digested, holds the optional
     * attribute {@code attribute}; see {@link Column#added}.
     */
    Builder addedColumn(String column, String attribute) {
      Column held = attributeColumn(shape, column, attribute, Function.identity());
      columns.add(new Simple(held.names(), true, held::write, held::read));
      return this;
    }

    /**
     * The columns {@code parts} hold the attributes of the record in the optional attribute
     * {@code attribute}, flattened into this row (a project's budget): it is present when its
     * first column is not NULL. {@code parts} alternate column and attribute names.
     */
    Builder flattened(String attribute, String... parts) {
      return flattenedWhen(attribute, null, parts);
    }

    /**
     * As {@link #flattened(String, String...)}, present when the boolean column {@code presence}
     * is true (a contact whose every part may be NULL).
     */
    Builder flattenedWhen(String attribute, String presence, String... parts) {
      checkArgument(parts.length % 2 == 0, "column and attribute names alternate");
      Attribute part = shape.attribute(attribute).orElseThrow(() -> unknown(attribute));
      RecordShape partShape = RecordShape.of((Class<?>) part.valueType());
      List<Column> partColumns = new ArrayList<>();
      for (int i = 0; i < parts.length; i += 2) {
        partColumns.add(attributeColumn(partShape, parts[i], parts[i + 1], value -> ((Optional<?>) value).orElse(null)));
      }
      columns.add(new Flattened(part, partShape, presence, partColumns));
      return this;
    }

    /** The columns {@code names} hold the attribute {@code attribute}, a value of several parts (a period, a cycle). */
    Builder columns(String attribute, Function<Object, List<Object>> write, Reading read, String... names) {
      Attribute held = shape.attribute(attribute).orElseThrow(() -> unknown(attribute));
      columns.add(new Simple(List.of(names), false, (record, row) -> row.addAll(write.apply(held.valueIn(record))),
          (row, values, lists) -> values.put(held.name(), read.read(row))));
      return this;
    }

    /** The list at {@code path} is held in {@code table}, keyed by this record's {@code seq} in {@code parentColumn}. */
    Builder child(String path, String parentColumn, Table table) {
      children.add(new Child(path, parentColumn, table));
      return this;
    }

    Table build() {
      return new Table(name, shape, columns, children);
    }

    private IllegalArgumentException unknown(String attribute) {
      return new IllegalArgumentException(shape.type().getSimpleName() + " has no attribute " + attribute);
    }
  }

  /** Writes a part of a record into its row. */
  @FunctionalInterface
  private interface Writing {
    void write(Object record, List<Object> row);
  }

  /** Reads a part of a record from its row into the record's attribute values. */
  @FunctionalInterface
  private interface Filling {
    void read(ResultSet row, Map<String, Object> values, Map<String, List<Object>> lists) throws SQLException;
  }

  /** A column (or a few) written and read by two functions. */
  private record Simple(List<String> names, boolean added, Writing writing, Filling filling) implements Column {
    @Override
    public void write(Object record, List<Object> row) {
      writing.write(record, row);
    }

    @Override
    public void read(ResultSet row, Map<String, Object> values, Map<String, List<Object>> lists) throws SQLException {
      filling.read(row, values, lists);
    }
  }

  /** Reads a value of several columns. */
  @FunctionalInterface
  interface Reading {
    Object read(ResultSet row) throws SQLException;
  }

  /** The column {@code column} holding {@code attribute} of a record of {@code shape}, the record found by {@code owner}. */
  private static Column attributeColumn(RecordShape shape, String column, String attribute,
      Function<Object, Object> owner) {
    Attribute held = shape.attribute(attribute)
        .orElseThrow(() -> new IllegalArgumentException(shape.type().getSimpleName() + " has no attribute " + attribute));
    Class<?> type = (Class<?>) held.valueType();
    return new Simple(List.of(column), false, (record, row) -> {
      Object of = owner.apply(record);
      row.add(of == null ? Optional.empty() : held.valueIn(of));
    }, (row, values, lists) -> {
      Object value = Columns.read(row, column, type);
      if (value != null) {
        values.put(held.name(), value);
      }
    });
  }

  /** An optional record whose attributes stand in its owner's row. */
  private static final class Flattened implements Column {
    private final Attribute part;
    private final RecordShape partShape;
    private final String presence;
    private final List<Column> columns;

    Flattened(Attribute part, RecordShape partShape, String presence, List<Column> columns) {
      this.part = part;
      this.partShape = partShape;
      this.presence = presence;
      this.columns = columns;
    }

    @Override
    public List<String> names() {
      List<String> names = new ArrayList<>();
      if (presence != null) {
        names.add(presence);
      }
      columns.forEach(column -> names.addAll(column.names()));
      return names;
    }

    @Override
    public void write(Object record, List<Object> row) {
      Object value = part.valueIn(record);
      if (presence != null) {
        row.add(((Optional<?>) value).isPresent());
      }
      columns.forEach(column -> column.write(value, row));
    }

    @Override
    public void read(ResultSet row, Map<String, Object> values, Map<String, List<Object>> lists) throws SQLException {
      boolean present = presence != null ? row.getBoolean(presence)
          : row.getObject(columns.get(0).names().get(0)) != null;
      if (!present) {
        return;
      }
      Map<String, Object> partValues = new LinkedHashMap<>();
      for (Column column : columns) {
        column.read(row, partValues, Map.of());
      }
      String prefix = part.name() + ".";
      lists.forEach((path, list) -> {
        if (path.startsWith(prefix)) {
          partValues.put(path.substring(prefix.length()), list);
        }
      });
      values.put(part.name(), partShape.build(partValues));
    }
  }
}
