package org.rnn4j.examples.gradients;

import java.util.Locale;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.report.Format;
import org.rnn4j.task.gradients.CellFlow;
import org.rnn4j.task.gradients.ClippingComparison;
import org.rnn4j.task.gradients.GradientFlowExperiment;
import org.rnn4j.task.gradients.TrainingTrace;

/** The console summary of a gradient-flow run: one row per cell and one line for the clipping comparison. */
final class GradientsText {
  private GradientsText() {}

  /** The table header and one row per cell, then the clipping line; each line ends with a newline. */
  static String of(GradientFlowExperiment.Result r) {
    int n = r.settings().data().distractors();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-8s %8s %14s %14s %10s %10s %10s %10s%n", "cell", "accuracy",
        "decay/step@0", "decay/step", "radius@0", "radius", "|dh| d=1", "|dh| d=" + n));
    for (CellFlow c : r.cells()) {
      b.append(String.format(Locale.ROOT, "%-8s %8.3f %14s %14s %10.3f %10.3f %10.3g %10.3g%n", name(c),
          c.accuracy(), factor(c.decayAtInit().factor()), factor(c.decayTrained().factor()), c.maxRadiusAtInit(),
          c.maxRadiusTrained(), c.flowTrained()[1], c.flowTrained()[n]));
    }
    b.append(String.format(Locale.ROOT, "chance accuracy %.3f; decay = fitted factor of ||dL/dh|| per step of "
        + "distance from the loss (@0: at initialisation); radius = largest spectral radius of a W_hh gate block; "
        + "|dh| = ||dL/dh|| after training at distance d%n", r.settings().data().chance()));
    b.append(clipping(r.clipping())).append('\n');
    return b.toString();
  }

  /** The clipping comparison in one line. */
  static String clipping(ClippingComparison c) {
    return String.format(Locale.ROOT, "clipping (vanilla RNN, W_hh radius %s, ||dL/dh|| %s per step at init): "
        + "without: max gradient norm %.3g, max loss %.3g, accuracy %.3f%s; with (threshold %s): max gradient norm "
        + "%.3g, max applied %.3g, max loss %.3g, accuracy %.3f%s", Format.value(c.radius()),
        factor(c.decayAtInit().factor()), c.unclipped().maxGradientNorm(), c.unclipped().maxLoss(),
        c.unclippedAccuracy(), diverged(c.unclipped()), Format.value(c.threshold()), c.clipped().maxGradientNorm(),
        c.clipped().maxAppliedNorm(), c.clipped().maxLoss(), c.clippedAccuracy(), diverged(c.clipped()));
  }

  /** The display name of a cell. */
  static String name(CellFlow c) {
    return name(c.cell());
  }

  /** The short name of {@code cell} in tables and legends. */
  static String name(CellType cell) {
    return switch (cell) {
      case RNN_TANH -> "vanilla";
      case RNN_RELU -> "relu";
      case LSTM -> "LSTM";
      case GRU -> "GRU";
    };
  }

  /** A per-step factor such as {@code 0.57x}. */
  static String factor(double f) {
    return String.format(Locale.ROOT, "%.3fx", f);
  }

  private static String diverged(TrainingTrace t) {
    return t.diverged() ? ", diverged at step " + t.divergedAtStep() : "";
  }
}
