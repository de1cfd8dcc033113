package org.rnn4j.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.Tensor;
import org.rnn4j.core.param.ParamSet;

/**
 * The best weights a {@link Trainer} with early stopping keeps in its checkpoints beside the last ones: the weights
 * of the best validation so far, which are the weights the model ends with, while the checkpoint's own weights are
 * those of the last step, for resuming. Loading a model to use it (sampling, inspecting) wants the best ones.
 */
public final class BestWeights {
  /** Prefix of the best weights' names among a checkpoint's extra tensors. */
  static final String PREFIX = "best/";

  private BestWeights() {}

  /** The best weights in {@code checkpoint} by parameter name, if its trainer kept any. */
  public static Optional<Map<String, Tensor>> of(Checkpoint checkpoint) {
    Map<String, Tensor> best = new LinkedHashMap<>();
    for (Map.Entry<String, Tensor> e : checkpoint.extraTensors().entrySet()) {
      if (e.getKey().startsWith(PREFIX)) {
        best.put(e.getKey().substring(PREFIX.length()), e.getValue());
      }
    }
    return best.isEmpty() ? Optional.empty() : Optional.of(best);
  }

  /**
   * Copies the best weights of {@code checkpoint} into {@code params}, or its last weights when it has no best
   * ones; everything is checked first, as in {@link Checkpoint#restoreWeights}.
   *
   * @return true if the best weights were restored, false if the last ones were
   * @throws IllegalArgumentException naming a missing or mis-shaped tensor
   */
  public static boolean restoreInto(Checkpoint checkpoint, ParamSet params) {
    Optional<Map<String, Tensor>> best = of(checkpoint);
    Checkpoint source = best.map(w -> new Checkpoint(checkpoint.config(), w, checkpoint.optimizer(),
        checkpoint.position(), Map.of(), Map.of())).orElse(checkpoint);
    source.restoreWeights(params);
    return best.isPresent();
  }
}
