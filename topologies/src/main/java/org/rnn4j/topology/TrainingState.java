package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.Tensor;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * What a {@link Trainer} remembers across steps and saves in checkpoints beside the position: the loss and
 * validation histories, the best metric so far, the count of validations without improvement, and (with early
 * stopping) a copy of the best weights.
 */
final class TrainingState {
  private static final String LOSSES = "trainer/losses";
  private static final String VALIDATIONS = "trainer/validations";
  private static final String BEST_PREFIX = BestWeights.PREFIX;
  private static final String BEST_METRIC = "trainer.best_metric";
  private static final String BEST_STEP = "trainer.best_step";
  private static final String BAD = "trainer.validations_without_improvement";

  private final boolean keepBest;
  private double[] losses = new double[64];
  private int lossCount;
  private final List<ValidationRecord> validations = new ArrayList<>();
  private double bestMetric = Double.NaN;
  private long bestStep = -1;
  private int badValidations;
  private float[][] bestWeights;

  /** A fresh state; {@code keepBest} copies the weights at every improvement. */
  TrainingState(boolean keepBest) {
    this.keepBest = keepBest;
  }

  void addLoss(double loss) {
    if (lossCount == losses.length) {
      losses = Arrays.copyOf(losses, 2 * lossCount);
    }
    losses[lossCount++] = loss;
  }

  double[] losses() {
    return Arrays.copyOf(losses, lossCount);
  }

  /** The mean of the last {@code n} losses (fewer if there are fewer). */
  double meanOfLast(int n) {
    int from = Math.max(0, lossCount - n);
    double sum = 0;
    for (int i = from; i < lossCount; i++) {
      sum += losses[i];
    }
    return lossCount == from ? Double.NaN : sum / (lossCount - from);
  }

  /** Records a validation, updating the best metric, the patience count and the best weights. */
  ValidationRecord validated(int epoch, long step, double meanLoss, double metric, ValidationMetric<?, ?> kind,
      ParamSet params) {
    boolean improved = kind.better(metric, bestMetric);
    if (improved) {
      bestMetric = metric;
      bestStep = step;
      badValidations = 0;
      if (keepBest) {
        bestWeights = new float[params.size()][];
        for (int i = 0; i < params.size(); i++) {
          bestWeights[i] = params.get(i).value().data.clone();
        }
      }
    } else {
      badValidations++;
    }
    ValidationRecord record = new ValidationRecord(epoch, step, meanLoss, metric, improved);
    validations.add(record);
    return record;
  }

  /** Whether {@code patience} validations in a row brought no improvement ({@code patience > 0}). */
  boolean patienceExhausted(int patience) {
    return patience > 0 && badValidations >= patience;
  }

  int badValidations() {
    return badValidations;
  }

  /** Copies the best weights into {@code params}; returns false if none were kept. */
  boolean restoreBest(ParamSet params) {
    if (bestWeights == null) {
      return false;
    }
    for (int i = 0; i < params.size(); i++) {
      System.arraycopy(bestWeights[i], 0, params.get(i).value().data, 0, bestWeights[i].length);
    }
    return true;
  }

  TrainingResult result(StopReason reason, String message, long steps) {
    return new TrainingResult(losses(), validations, bestMetric, bestStep, reason, message, steps);
  }

  /** The properties to save in a checkpoint. */
  Map<String, String> properties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(BEST_METRIC, Double.toString(bestMetric));
    p.put(BEST_STEP, Long.toString(bestStep));
    p.put(BAD, Integer.toString(badValidations));
    return p;
  }

  /** The tensors to save in a checkpoint: histories and the best weights. */
  Map<String, Tensor> tensors(ParamSet params) {
    Map<String, Tensor> t = new LinkedHashMap<>();
    t.put(LOSSES, Tensor.f64(new int[] {lossCount}, losses()));
    double[] v = new double[validations.size() * 5];
    for (int i = 0; i < validations.size(); i++) {
      ValidationRecord r = validations.get(i);
      v[5 * i] = r.epoch();
      v[5 * i + 1] = r.step();
      v[5 * i + 2] = r.meanLoss();
      v[5 * i + 3] = r.metric();
      v[5 * i + 4] = r.improved() ? 1 : 0;
    }
    t.put(VALIDATIONS, Tensor.f64(new int[] {validations.size(), 5}, v));
    if (bestWeights != null) {
      for (int i = 0; i < params.size(); i++) {
        t.put(BEST_PREFIX + params.get(i).name(), Tensor.f32(params.get(i).shape(), bestWeights[i]));
      }
    }
    return t;
  }

  /**
   * The state saved in {@code checkpoint}.
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  static TrainingState from(Checkpoint checkpoint, ParamSet params, boolean keepBest) {
    TrainingState s = new TrainingState(keepBest);
    Map<String, Tensor> t = checkpoint.extraTensors();
    Map<String, String> p = checkpoint.properties();
    try {
      for (double loss : require(t, LOSSES).doubles()) {
        s.addLoss(loss);
      }
      double[] v = require(t, VALIDATIONS).doubles();
      for (int i = 0; i + 4 < v.length; i += 5) {
        s.validations.add(new ValidationRecord((int) v[i], (long) v[i + 1], v[i + 2], v[i + 3], v[i + 4] != 0));
      }
      s.bestMetric = Double.parseDouble(require(p, BEST_METRIC));
      s.bestStep = Long.parseLong(require(p, BEST_STEP));
      s.badValidations = Integer.parseInt(require(p, BAD));
    } catch (NumberFormatException | IllegalStateException e) {
      throw new IllegalArgumentException("the checkpoint's trainer state is malformed: " + e.getMessage(), e);
    }
    if (keepBest && params.size() > 0 && t.containsKey(BEST_PREFIX + params.get(0).name())) {
      s.bestWeights = new float[params.size()][];
      for (int i = 0; i < params.size(); i++) {
        Param param = params.get(i);
        float[] w = require(t, BEST_PREFIX + param.name()).floats();
        if (w.length != param.size()) {
          throw new IllegalArgumentException("the checkpoint's best weights of " + param + " have " + w.length
              + " values, expected " + param.size());
        }
        s.bestWeights[i] = w;
      }
    }
    return s;
  }

  private static <V> V require(Map<String, V> map, String key) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalArgumentException("the checkpoint has no trainer entry '" + key + "' (was it written by "
          + "the Trainer?)");
    }
    return v;
  }
}
