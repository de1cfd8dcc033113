package org.rnn4j.examples.hello;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A character vocabulary: the characters in index order, and their one-hot encoding.
 */
public final class Vocabulary {
  private final List<Character> chars;

  /**
   * A vocabulary of the distinct characters of {@code chars}, in the given order.
   *
   * @throws IllegalArgumentException if {@code chars} is empty or repeats a character
   */
  public Vocabulary(String chars) {
    if (chars.isEmpty()) {
      throw new IllegalArgumentException("a vocabulary needs at least one character, got none");
    }
    List<Character> list = new ArrayList<>();
    for (char c : chars.toCharArray()) {
      if (list.contains(c)) {
        throw new IllegalArgumentException("vocabulary characters must be distinct, got '" + c + "' twice in \""
            + chars + "\"");
      }
      list.add(c);
    }
    this.chars = Collections.unmodifiableList(list);
  }

  /** Number of characters V. */
  public int size() {
    return chars.size();
  }

  /** The character with index {@code i}. */
  public char charAt(int i) {
    return chars.get(i);
  }

  /** The index of {@code c}; throws if {@code c} is not in the vocabulary. */
  public int indexOf(char c) {
    int i = chars.indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException("character '" + c + "' is not in the vocabulary " + chars);
    }
    return i;
  }

  /** The indices of the characters of {@code text}. */
  public int[] encode(String text) {
    int[] ids = new int[text.length()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = indexOf(text.charAt(i));
    }
    return ids;
  }

  /** The text whose characters have the indices {@code ids}. */
  public String decode(int[] ids) {
    StringBuilder s = new StringBuilder(ids.length);
    for (int id : ids) {
      s.append(charAt(id));
    }
    return s.toString();
  }

  /** One row per index, {@code [ids.length x V]} row-major: 1 in the column of the index, 0 elsewhere. */
  public float[] oneHot(int[] ids) {
    int v = size();
    float[] rows = new float[ids.length * v];
    for (int t = 0; t < ids.length; t++) {
      if (ids[t] < 0 || ids[t] >= v) {
        throw new IllegalArgumentException("index must be in [0, " + v + "), got " + ids[t] + " at position " + t);
      }
      rows[t * v + ids[t]] = 1f;
    }
    return rows;
  }

  @Override
  public String toString() {
    return chars.toString();
  }
}
