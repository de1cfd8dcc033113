package org.rnn4j.task.cells;

import java.util.List;
import org.rnn4j.core.inspect.GateSaturation;
import org.rnn4j.core.inspect.StateRecording;

/**
 * What {@link CellsTask#analyse} found in a character model reading a text.
 *
 * @param model a one-line description of the model (cell, layers, hidden size, vocabulary)
 * @param textName where the text came from
 * @param text the characters the model read (those of the given text in its vocabulary)
 * @param skipped how many characters of the given text were left out because the vocabulary lacks them
 * @param firstSkipped a description of the first character left out, empty if none was
 * @param unread characters of the given text after the first {@link CellsTask#MAX_CHARACTERS} read, not read
 * @param recording every layer's states and gates, one row per character of {@code text}
 * @param properties the text's properties, one value per character of {@code text}
 * @param correlation every unit's correlation with every property
 * @param saturation the saturation of every sigmoid gate of every layer (empty for the Elman cells)
 */
public record CellsResult(String model, String textName, String text, int skipped, String firstSkipped,
    int unread, StateRecording recording, List<TextProperty> properties, UnitCorrelation correlation,
    List<GateSaturation> saturation) {

  /** Copies the lists. */
  public CellsResult {
    properties = List.copyOf(properties);
    saturation = List.copyOf(saturation);
  }

  /**
   * The property named {@code name}.
   *
   * @throws IllegalArgumentException if there is none (the names are listed)
   */
  public TextProperty property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("property must be one of "
            + properties.stream().map(TextProperty::name).toList() + ", got '" + name + "'"));
  }

  /** The best unit's correlation with the property named {@code property}. */
  public UnitCorrelation.Match best(String property) {
    return correlation.best(property);
  }
}
