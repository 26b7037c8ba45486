package se.vanort.domain.organisation;

/** The two kinds of leadership VA2021/O1d requires in every delegation. */
public enum Leadership {
  /** Political leadership: chairs and vice chairs of the council and the executive board, kommunalråd. */
  POLITICAL,
  /** Administrative leadership: the chief executive and the heads of administrations. */
  ADMINISTRATIVE
}
