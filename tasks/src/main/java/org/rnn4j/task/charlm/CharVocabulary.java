package org.rnn4j.task.charlm;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The characters of a text as token ids: every distinct Unicode code point (so a Korean syllable or an emoji is one
 * symbol) gets the id of its rank in ascending code-point order. Immutable.
 */
public final class CharVocabulary {
  private final int[] codePoints;

  private CharVocabulary(int[] sortedDistinct) {
    this.codePoints = sortedDistinct;
  }

  /**
   * The vocabulary of the code points that occur in {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is empty
   */
  public static CharVocabulary of(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a vocabulary needs a text with at least one character, got none");
    }
    return new CharVocabulary(text.codePoints().sorted().distinct().toArray());
  }

  /**
   * The vocabulary of exactly these code points (for example saved by {@link #toConfigValue()}).
   *
   * @throws IllegalArgumentException if the list is empty, not strictly ascending, or holds an invalid code point
   */
  public static CharVocabulary ofCodePoints(int[] codePoints) {
    if (codePoints == null || codePoints.length == 0) {
      throw new IllegalArgumentException("a vocabulary needs at least one code point, got none");
    }
    for (int i = 0; i < codePoints.length; i++) {
      if (!Character.isValidCodePoint(codePoints[i])) {
        throw new IllegalArgumentException("vocabulary entry " + i + " is not a Unicode code point: "
            + codePoints[i]);
      }
      if (i > 0 && codePoints[i] <= codePoints[i - 1]) {
        throw new IllegalArgumentException("vocabulary code points must be strictly ascending, got "
            + codePoints[i - 1] + " then " + codePoints[i] + " at entry " + i);
      }
    }
    return new CharVocabulary(codePoints.clone());
  }

  /**
   * Reads the form written by {@link #toConfigValue()}: decimal code points separated by commas.
   *
   * @throws IllegalArgumentException naming the entry that is not a number, or as {@link #ofCodePoints}
   */
  public static CharVocabulary parseConfigValue(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a saved vocabulary must list at least one code point, got none");
    }
    String[] parts = value.split(",");
    int[] points = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        points[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("saved vocabulary entry " + i + " must be a decimal code point, got '"
            + parts[i] + "'", e);
      }
    }
    return ofCodePoints(points);
  }

  /** The code points as decimal numbers separated by commas, a form that survives any text format. */
  public String toConfigValue() {
    return Arrays.stream(codePoints).mapToObj(Integer::toString).collect(Collectors.joining(","));
  }

  /** Number of symbols V. */
  public int size() {
    return codePoints.length;
  }

  /** Whether {@code codePoint} has an id. */
  public boolean contains(int codePoint) {
    return Arrays.binarySearch(codePoints, codePoint) >= 0;
  }

  /**
   * The id of {@code codePoint}.
   *
   * @throws IllegalArgumentException naming the character if it is not in the vocabulary
   */
  public int id(int codePoint) {
    int id = Arrays.binarySearch(codePoints, codePoint);
    if (id < 0) {
      throw new IllegalArgumentException("the character " + describe(codePoint) + " is not in the vocabulary of "
          + codePoints.length + " characters the model was trained on");
    }
    return id;
  }

  /** The code point with id {@code id}. */
  public int codePoint(int id) {
    if (id < 0 || id >= codePoints.length) {
      throw new IllegalArgumentException("id must be in [0, " + codePoints.length + "), got " + id);
    }
    return codePoints[id];
  }

  /** A copy of all code points, in id order. */
  public int[] codePoints() {
    return codePoints.clone();
  }

  /**
   * The ids of the characters of {@code text}, one per code point.
   *
   * @throws IllegalArgumentException naming the first character that is not in the vocabulary
   */
  public int[] encode(String text) {
    return text.codePoints().map(this::id).toArray();
  }

  /** The text of the ids {@code ids}. */
  public String decode(int[] ids) {
    StringBuilder out = new StringBuilder(ids.length);
    for (int id : ids) {
      out.appendCodePoint(codePoint(id));
    }
    return out.toString();
  }

  /** A character for a message: printable ones quoted, with their code point ({@code 'é' (U+00E9)}). */
  public static String describe(int codePoint) {
    String hex = String.format("U+%04X", codePoint);
    boolean printable = !Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint)
        && Character.getType(codePoint) != Character.UNASSIGNED;
    return printable ? "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")" : hex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CharVocabulary v && Arrays.equals(codePoints, v.codePoints);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codePoints);
  }

  @Override
  public String toString() {
    return "CharVocabulary(" + codePoints.length + " characters)";
  }
}
