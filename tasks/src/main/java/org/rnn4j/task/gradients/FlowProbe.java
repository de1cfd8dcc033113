package org.rnn4j.task.gradients;

import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.core.bptt.GradientFlow;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;

/**
 * Measures {@code ||dL/dh_t||} of a many-to-one model's first recurrent layer on one batch of full-length sequences,
 * indexed by distance from the loss: {@code d = T-1-t}, so index 0 is the last step, where the loss attaches.
 *
 * <p>The norm is the L2 norm over the whole batch of the gradient reaching {@code h_t} (with the batch-mean loss),
 * as {@link GradientFlow} records it. Measuring runs one forward and backward pass without an update and leaves
 * the parameters' gradients zeroed.
 */
public final class FlowProbe {
  private FlowProbe() {}

  /**
   * The norms by distance from the loss for {@code batch}, whose sequences must all have the same length.
   *
   * @throws IllegalArgumentException if the batch is empty or its sequences differ in length
   */
  public static double[] byDistance(ManyToOne model, List<LabeledSequence> batch) {
    Checks.positive("batch size", batch.size());
    int steps = batch.get(0).input().length();
    for (LabeledSequence s : batch) {
      if (s.input().length() != steps) {
        throw new IllegalArgumentException("batch sequences must all have length " + steps + ", got "
            + s.input().length());
      }
    }
    RecurrentStack stack = model.stack();
    if (stack.gradientFlow(0, 0) == null) {
      stack.enableGradientFlow();
    }
    model.lossAndGradients(batch, new SplittableRandom(0));
    model.params().zeroGrad();
    double[] byStep = stack.gradientFlow(0, 0).hiddenGradientNorms();
    double[] byDistance = new double[steps];
    for (int t = 0; t < steps; t++) {
      byDistance[steps - 1 - t] = byStep[t];
    }
    return byDistance;
  }
}
