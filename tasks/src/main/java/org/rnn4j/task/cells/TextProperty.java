package org.rnn4j.task.cells;

import org.rnn4j.core.Checks;

/**
 * A simple property of a text, one value per character (code point), that a unit of a character model may track.
 * Value {@code t} describes the text as read up to and including character {@code t}, the same moment as the
 * model's state after reading it.
 *
 * @param name a short name, for example {@code in_quotes}
 * @param description what the values mean, one sentence
 * @param values one value per character
 */
public record TextProperty(String name, String description, double[] values) {

  /** Checks that the property is named and has values. */
  public TextProperty {
    if (name == null || name.isBlank() || description == null || values == null) {
      throw new IllegalArgumentException("a text property needs a name, a description and values, got a null");
    }
    Checks.positive("values of " + name, values.length);
  }

  /** Whether every character has the same value, so that no unit can correlate with the property on this text. */
  public boolean isConstant() {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /** Number of characters. */
  public int length() {
    return values.length;
  }
}
