package org.rnn4j.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.io.Tensor;

/**
 * A model's {@link SequenceModel#carriedState() carried state} as checkpoint extra tensors: entry {@code k} becomes
 * the one-dimensional F32 tensor {@code carry/k}.
 */
final class CarriedStateTensors {
  private static final String PREFIX = "carry/";

  private CarriedStateTensors() {}

  /** The tensors to add to a checkpoint's extras. */
  static Map<String, Tensor> of(Map<String, float[]> carried) {
    Map<String, Tensor> out = new LinkedHashMap<>();
    carried.forEach((k, v) -> out.put(PREFIX + k, Tensor.f32(new int[] {v.length}, v)));
    return out;
  }

  /**
   * The carried state saved in {@code checkpoint} (empty if none).
   *
   * @throws IllegalArgumentException if a carry tensor is not F32
   */
  static Map<String, float[]> from(Checkpoint checkpoint) {
    Map<String, float[]> out = new LinkedHashMap<>();
    checkpoint.extraTensors().forEach((name, t) -> {
      if (name.startsWith(PREFIX)) {
        if (t.dtype() != Tensor.DType.F32) {
          throw new IllegalArgumentException("the checkpoint's carried state '" + name + "' must be F32, got "
              + t.dtype());
        }
        out.put(name.substring(PREFIX.length()), t.floats());
      }
    });
    return out;
  }
}
