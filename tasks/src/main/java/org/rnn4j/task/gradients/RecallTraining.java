package org.rnn4j.task.gradients;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.NonFiniteException;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.optim.GradientClipping;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;
import org.rnn4j.topology.Prediction;

/**
 * Trains a many-to-one model on {@link RecallData} for exactly a {@link Budget}'s steps, each on a freshly generated
 * batch, with the budget's update rule and optional global-norm clipping, recording every step's loss and gradient
 * norms. A non-finite loss or gradient stops the run and is recorded as divergence instead of being thrown.
 */
public final class RecallTraining {
  private RecallTraining() {}

  /** Trains {@code model} in place; the same model seed, data, budget and {@code seed} give the same trace. */
  public static TrainingTrace train(ManyToOne model, RecallData data, Budget budget, long seed) {
    ParamSet params = model.params();
    Optimizer optimizer = budget.optimizer();
    SplittableRandom random = new SplittableRandom(seed);
    double[] losses = new double[budget.steps()];
    double[] norms = new double[budget.steps()];
    double[] applied = new double[budget.steps()];
    for (int step = 0; step < budget.steps(); step++) {
      List<LabeledSequence> batch = data.generate(budget.batchSize(), random.nextLong());
      try {
        double loss = model.lossAndGradients(batch, random);
        double norm = params.gradNorm();
        if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
          return stopped(losses, norms, applied, step);
        }
        if (budget.clips()) {
          GradientClipping.clipGlobalNorm(params, budget.clipNorm());
        }
        losses[step] = loss;
        norms[step] = norm;
        applied[step] = budget.clips() ? params.gradNorm() : norm;
        optimizer.step(params);
      } catch (NonFiniteException e) {
        return stopped(losses, norms, applied, step);
      }
    }
    return new TrainingTrace(losses, norms, applied, 0);
  }

  /** The fraction of {@code data} whose label the model predicts. */
  public static double accuracy(ManyToOne model, List<LabeledSequence> data) {
    return Prediction.accuracy(model.predict(data), data);
  }

  private static TrainingTrace stopped(double[] losses, double[] norms, double[] applied, int step) {
    return new TrainingTrace(Arrays.copyOf(losses, step), Arrays.copyOf(norms, step), Arrays.copyOf(applied, step),
        step + 1);
  }
}
