package org.rnn4j.core.cell;

import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;

/**
 * The cell contract for {@link CellType#RNN_RELU}. ReLU has a kink at zero, where finite differences are
 * meaningless, so problems are drawn until every pre-activation is at least {@link #KINK_MARGIN} away from it.
 */
class VanillaReluCellTest extends CellContractTest {
  private static final double KINK_MARGIN = 0.02;

  @Override
  CellType type() {
    return CellType.RNN_RELU;
  }

  @Override
  double checkStep() {
    return 1e-3;
  }

  @Override
  RecurrentProblem problem(SequenceShape shape, long seed) {
    for (long s = seed; ; s += 1000) {
      RecurrentProblem p = super.problem(shape, s);
      if (distanceToKink(p) > KINK_MARGIN) {
        return p;
      }
    }
  }

  /** The smallest |pre-activation| over all valid steps, recomputed in double from the recorded states. */
  private static double distanceToKink(RecurrentProblem p) {
    p.forwardLoss();
    Cell c = p.cell;
    RowBlock out = p.tape.outputs();
    float[] wih = c.weightIh().value().data;
    float[] whh = c.weightHh().value().data;
    float[] bih = c.biasIh().value().data;
    float[] bhh = c.biasHh().value().data;
    int batch = p.shape.batch();
    double min = Double.MAX_VALUE;
    for (int t = 0; t < p.shape.steps(); t++) {
      for (int b = 0; b < batch; b++) {
        if (!p.shape.isValid(t, b)) {
          continue;
        }
        for (int j = 0; j < H; j++) {
          double a = bih[j] + bhh[j];
          for (int k = 0; k < X; k++) {
            a += wih[j * X + k] * p.x.value().data[(t * batch + b) * X + k];
          }
          for (int k = 0; k < H; k++) {
            float hp = t == 0 ? p.h0.value().data[b * H + k] : out.data()[out.index((t - 1) * batch + b, k)];
            a += whh[j * H + k] * hp;
          }
          min = Math.min(min, Math.abs(a));
        }
      }
    }
    return min;
  }
}
