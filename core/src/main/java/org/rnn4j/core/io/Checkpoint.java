package org.rnn4j.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * A training checkpoint: the model's configuration, its weights, the optimizer's state, the training position, and
 * free-form extras a trainer keeps (string properties and tensors).
 *
 * <p>On disk a checkpoint is a directory holding
 * <pre>
 *   checkpoint.json               manifest: format version, position, optimizer steps and learning rate, config,
 *                                 properties, and each data file's name, size and SHA-256 (and its own SHA-256)
 *   model-&lt;g&gt;.safetensors       the weights, named and shaped as PyTorch's (loadable with safetensors.torch)
 *   optimizer-&lt;g&gt;.safetensors   the optimizer state tensors, for example exp_avg/weight_ih_l0
 *   extra-&lt;g&gt;.safetensors       the extra tensors
 * </pre>
 * where {@code g} is a generation number that grows with every save. A save writes the new generation's files
 * (each to a temporary name, then moved into place atomically), then the manifest the same way, and only then
 * deletes the previous generation: a crash at any point leaves the previous checkpoint loadable. A load verifies
 * the version, sizes and checksums, and rejects a truncated or modified file with a message naming it.
 */
public record Checkpoint(
    Map<String, String> config,
    Map<String, Tensor> weights,
    OptimizerState optimizer,
    TrainingPosition position,
    Map<String, String> properties,
    Map<String, Tensor> extraTensors) {

  /** The format version this class writes and reads. */
  public static final int VERSION = 1;

  /** The manifest's file name inside a checkpoint directory. */
  public static final String MANIFEST = "checkpoint.json";

  /** Copies every map (keeping order) and rejects nulls. */
  public Checkpoint {
    config = copy(config, "config");
    weights = copy(weights, "weights");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(position, "position");
    properties = copy(properties, "properties");
    extraTensors = copy(extraTensors, "extraTensors");
  }

  /** A checkpoint of the current weights of {@code params} and state of {@code optimizer}, without extras. */
  public static Checkpoint capture(Map<String, String> config, ParamSet params, Optimizer optimizer,
      TrainingPosition position) {
    return new Checkpoint(config, weightsOf(params), OptimizerState.of(optimizer, params), position, Map.of(),
        Map.of());
  }

  /** Captures and {@link #writeTo writes} a checkpoint to {@code dir}. */
  public static void save(Path dir, Map<String, String> config, ParamSet params, Optimizer optimizer,
      TrainingPosition position) throws IOException {
    capture(config, params, optimizer, position).writeTo(dir);
  }

  /** The values of {@code params} as F32 tensors named and shaped like the parameters. */
  public static Map<String, Tensor> weightsOf(ParamSet params) {
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (Param p : params) {
      out.put(p.name(), Tensor.f32(p.shape(), p.value().data));
    }
    return out;
  }

  /** This checkpoint with the given extras in place of its own. */
  public Checkpoint withExtras(Map<String, String> properties, Map<String, Tensor> extraTensors) {
    return new Checkpoint(config, weights, optimizer, position, properties, extraTensors);
  }

  /** Whether {@code dir} holds a checkpoint manifest (it may still fail to load). */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /**
   * Writes this checkpoint to {@code dir} (created if needed), replacing the checkpoint there, crash-safely.
   *
   * @throws IOException if a file cannot be written; the previous checkpoint is then still intact
   */
  public void writeTo(Path dir) throws IOException {
    CheckpointStore.write(dir, this);
  }

  /**
   * Reads and verifies the checkpoint in {@code dir}.
   *
   * @throws NoSuchFileException if {@code dir} holds no manifest
   * @throws CorruptFileException naming the file when a file is missing, truncated, modified, of an unknown
   *     version or not in the expected format
   */
  public static Checkpoint load(Path dir) throws IOException {
    return CheckpointStore.read(dir);
  }

  /**
   * Copies the saved weights into {@code params} and the saved state into {@code optimizer} (skipped when
   * {@code optimizer} is null). Everything is checked first; nothing changes if the checkpoint does not fit.
   *
   * @throws IllegalArgumentException naming a missing, unexpected or mis-shaped tensor, or an optimizer of another
   *     kind
   */
  public void restoreInto(ParamSet params, Optimizer optimizer) {
    checkWeights(params);
    if (optimizer != null) {
      this.optimizer.restoreInto(optimizer, params);
    }
    copyWeights(params);
  }

  /** Copies the saved weights into {@code params} (checked first, as in {@link #restoreInto}). */
  public void restoreWeights(ParamSet params) {
    checkWeights(params);
    copyWeights(params);
  }

  private void checkWeights(ParamSet params) {
    for (Param p : params) {
      Tensor t = weights.get(p.name());
      if (t == null) {
        throw new IllegalArgumentException("the checkpoint has no tensor '" + p.name() + "' for parameter " + p
            + "; it has " + weights.keySet());
      }
      if (!Arrays.equals(t.shape(), p.shape()) || t.dtype() != Tensor.DType.F32) {
        throw new IllegalArgumentException("tensor '" + p.name() + "' is " + t + " in the checkpoint, but the "
            + "parameter is F32" + Arrays.toString(p.shape()));
      }
    }
    for (String name : weights.keySet()) {
      boolean known = false;
      for (Param p : params) {
        known |= p.name().equals(name);
      }
      if (!known) {
        throw new IllegalArgumentException("checkpoint tensor '" + name + "' matches no parameter of the model "
            + params);
      }
    }
  }

  private void copyWeights(ParamSet params) {
    for (Param p : params) {
      float[] src = weights.get(p.name()).floatsNoCopy();
      System.arraycopy(src, 0, p.value().data, 0, src.length);
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map, String name) {
    Objects.requireNonNull(map, name);
    Map<String, V> out = new LinkedHashMap<>();
    for (Map.Entry<String, V> e : map.entrySet()) {
      out.put(Objects.requireNonNull(e.getKey(), name + " key"), Objects.requireNonNull(e.getValue(), name
          + " value of " + e.getKey()));
    }
    return Collections.unmodifiableMap(out);
  }
}
