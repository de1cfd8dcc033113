package org.rnn4j.benchmarks.cell;

import java.util.Locale;
import org.rnn4j.core.cell.CellType;

/**
 * A benchmark workload of one recurrent layer: batch B, input width X, hidden size H and steps T, with the
 * effective floating-point operation count used to report GFLOP/s.
 *
 * @param batch B
 * @param input X
 * @param hidden H
 * @param steps T
 */
public record CellShape(int batch, int input, int hidden, int steps) {

  /** Validates that every size is positive. */
  public CellShape {
    if (batch < 1 || input < 1 || hidden < 1 || steps < 1) {
      throw new IllegalArgumentException("B, X, H and T must be >= 1, got (" + batch + ", " + input + ", " + hidden
          + ", " + steps + ")");
    }
  }

  /**
   * The shape called {@code name}: {@code c1} (1, 65, 128, 25), {@code c2} (32, 128, 256, 50), {@code c3}
   * (64, 512, 512, 50), {@code c4} (128, 1024, 1024, 20), or an explicit {@code BxXxHxT} such as {@code 2x3x4x5}.
   */
  public static CellShape parse(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "c1":
        return new CellShape(1, 65, 128, 25);
      case "c2":
        return new CellShape(32, 128, 256, 50);
      case "c3":
        return new CellShape(64, 512, 512, 50);
      case "c4":
        return new CellShape(128, 1024, 1024, 20);
      default:
        String[] p = name.trim().split("x");
        if (p.length != 4) {
          throw new IllegalArgumentException("shape must be c1..c4 or BxXxHxT, got '" + name + "'");
        }
        try {
          return new CellShape(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
              Integer.parseInt(p[3]));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("shape must be c1..c4 or BxXxHxT, got '" + name + "'", e);
        }
    }
  }

  /** Rows of the time-major sequence block, T*B. */
  public int rows() {
    return steps * batch;
  }

  /**
   * Effective operations of forward and backward over the sequence, {@code 3 * 2*B*(X+H)*G*T} with G the gate
   * width of {@code type}; forward alone counts a third of it.
   */
  public double flops(CellType type, boolean forwardOnly) {
    double gates = (double) type.gatesPerUnit() * hidden;
    double forward = 2.0 * batch * (input + hidden) * gates * steps;
    return forwardOnly ? forward : 3 * forward;
  }

  @Override
  public String toString() {
    return "(" + batch + ", " + input + ", " + hidden + ", " + steps + ")";
  }
}
