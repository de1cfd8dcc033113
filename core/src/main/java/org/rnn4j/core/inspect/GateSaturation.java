package org.rnn4j.core.inspect;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;

/**
 * How often one sigmoid gate of one layer is left-saturated (below {@link #LOW}, nearly closed) or right-saturated
 * (above {@link #HIGH}, nearly open), per unit, over a recorded sequence: the measure of Karpathy, Johnson and
 * Fei-Fei (2015), whose scatter plots the two fractions of every unit against each other.
 *
 * @param layer the layer
 * @param direction 0 forward, 1 reverse
 * @param gate the gate's name, as in {@link org.rnn4j.core.cell.CellType#gateNames()}
 * @param left per unit, the fraction of steps with the gate below {@link #LOW}
 * @param right per unit, the fraction of steps with the gate above {@link #HIGH}
 */
public record GateSaturation(int layer, int direction, String gate, double[] left, double[] right) {
  /** A gate below this value is left-saturated. */
  public static final double LOW = 0.1;
  /** A gate above this value is right-saturated. */
  public static final double HIGH = 0.9;

  /** Checks that both fractions cover the same units. */
  public GateSaturation {
    if (gate == null || left == null || right == null) {
      throw new IllegalArgumentException("a gate saturation needs a gate name and two fractions, got a null");
    }
    Checks.dimension("right fractions (units)", left.length, right.length);
  }

  /**
   * The saturation of every sigmoid gate of every layer and direction of {@code recording} (LSTM {@code i, f, o};
   * GRU {@code r, z}; none for the Elman cells).
   */
  public static List<GateSaturation> of(StateRecording recording) {
    List<GateSaturation> all = new ArrayList<>();
    for (LayerRecording layer : recording.layers()) {
      for (String name : recording.type().gateNames()) {
        if (recording.type().isSigmoidGate(name)) {
          all.add(of(layer.layer(), layer.direction(), name, layer.gate(name)));
        }
      }
    }
    return all;
  }

  /** The saturation of gate values {@code values} ({@code [T x H]}, at least one step) named {@code gate}. */
  public static GateSaturation of(int layer, int direction, String gate, FMatrixRMaj values) {
    Checks.positive("steps", values.numRows);
    int steps = values.numRows;
    int units = values.numCols;
    double[] left = new double[units];
    double[] right = new double[units];
    for (int t = 0; t < steps; t++) {
      for (int j = 0; j < units; j++) {
        float v = values.data[t * units + j];
        if (v < LOW) {
          left[j]++;
        } else if (v > HIGH) {
          right[j]++;
        }
      }
    }
    for (int j = 0; j < units; j++) {
      left[j] /= steps;
      right[j] /= steps;
    }
    return new GateSaturation(layer, direction, gate, left, right);
  }

  /** Number of units. */
  public int units() {
    return left.length;
  }

  /** The mean over units of the left-saturated fraction. */
  public double meanLeft() {
    return mean(left);
  }

  /** The mean over units of the right-saturated fraction. */
  public double meanRight() {
    return mean(right);
  }

  /** The mean over units of the fraction of steps the gate is neither (between {@link #LOW} and {@link #HIGH}). */
  public double meanUnsaturated() {
    return 1 - meanLeft() - meanRight();
  }

  private static double mean(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return a.length == 0 ? 0 : s / a.length;
  }
}
