package se.vanort.domain;

/**
 * An id of the register: a typed wrapper around a non-blank string, ordered by that string.
 *
 * @param <T> the id type itself, so that ids of different kinds never compare with each other
 */
public interface Identifier<T extends Identifier<T>> extends Comparable<T> {
  /** {@return the id as written in a register file} */
  String value();

  @Override
  default int compareTo(T other) {
    return value().compareTo(other.value());
  }
}
