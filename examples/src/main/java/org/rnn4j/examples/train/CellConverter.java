package org.rnn4j.examples.train;

import java.util.Locale;
import org.rnn4j.core.cell.CellType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --cell} values: {@code rnn} (tanh), {@code lstm} and {@code gru}, ignoring case. */
public final class CellConverter implements ITypeConverter<CellType> {
  /** The names the option accepts, in help order. */
  public static final String NAMES = "rnn, lstm, gru";

  @Override
  public CellType convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "rnn":
        return CellType.RNN_TANH;
      case "lstm":
        return CellType.LSTM;
      case "gru":
        return CellType.GRU;
      default:
        throw new TypeConversionException("expected one of [" + NAMES + "], got '" + value + "'");
    }
  }

  /** The option value that names {@code type}. */
  public static String name(CellType type) {
    switch (type) {
      case RNN_TANH:
        return "rnn";
      case LSTM:
        return "lstm";
      case GRU:
        return "gru";
      default:
        return type.name().toLowerCase(Locale.ROOT);
    }
  }
}
