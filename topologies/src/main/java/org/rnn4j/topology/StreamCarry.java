package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.RecurrentStack;

/**
 * The recurrent state a {@link LanguageModel} carries from one {@link StreamChunk} into the chunk with the next
 * index, and its export as named arrays ({@link SequenceModel#carriedState()}):
 * <ul>
 *   <li>{@code next_chunk}: the index of the chunk the state continues into, as two floats
 *       {@code {index / 65536, index % 65536}} (each exact in a float, so any {@code int} index survives);
 *   <li>{@code h_l<layer>} (and {@code h_l<layer>_reverse} for a reverse direction): the final hidden state
 *       {@code [B x H]}, row-major, B the number of streams;
 *   <li>{@code c_l<layer>} (and {@code c_l<layer>_reverse}), LSTM only: the final cell state, shaped likewise.
 * </ul>
 * An empty map means no carry.
 */
final class StreamCarry {
  static final String NEXT_CHUNK = "next_chunk";
  private static final int SPLIT = 65536;

  private final RecurrentStack stack;
  private int nextIndex = -1;
  private int streams;
  private List<State> states;

  StreamCarry(RecurrentStack stack) {
    this.stack = stack;
  }

  void reset() {
    nextIndex = -1;
    streams = 0;
    states = null;
  }

  /** The states {@code chunk} starts from: the carry if the chunk continues it, else null (zeros). */
  List<State> initial(StreamChunk chunk) {
    boolean follows = chunk.index() > 0 && chunk.index() == nextIndex && chunk.streams() == streams;
    return follows ? states : null;
  }

  /** Keeps the final states of {@code chunk}, just run by the stack, for the chunk after it. */
  void store(StreamChunk chunk, List<State> finalStates) {
    nextIndex = chunk.index() + 1;
    streams = chunk.streams();
    states = finalStates;
  }

  /** The carry as named copies (empty when there is none). */
  Map<String, float[]> export() {
    if (states == null) {
      return Map.of();
    }
    Map<String, float[]> out = new LinkedHashMap<>();
    out.put(NEXT_CHUNK, new float[] {nextIndex / SPLIT, nextIndex % SPLIT});
    List<String> keys = stateKeys();
    for (int i = 0; i < keys.size(); i++) {
      State s = states.get(i / kinds());
      out.put(keys.get(i), (i % kinds() == 0 ? s.h() : ((LstmState) s).c()).data.clone());
    }
    return out;
  }

  /**
   * Replaces the carry with an {@link #export()}ed one; checks everything first.
   *
   * @throws IllegalArgumentException naming the missing, unexpected or mis-sized entry
   */
  void restore(Map<String, float[]> carried) {
    if (carried == null) {
      throw new IllegalArgumentException("carried state must not be null (an empty map means no carry)");
    }
    if (carried.isEmpty()) {
      reset();
      return;
    }
    List<String> keys = stateKeys();
    TreeSet<String> unexpected = new TreeSet<>(carried.keySet());
    unexpected.remove(NEXT_CHUNK);
    keys.forEach(unexpected::remove);
    if (!unexpected.isEmpty()) {
      throw new IllegalArgumentException("carried state has unexpected entries " + unexpected + " for a "
          + stack.cellType() + " stack of " + stack.layers() + " layers (expected " + NEXT_CHUNK + ", " + keys + ")");
    }
    int index = nextChunk(require(carried, NEXT_CHUNK));
    int h = stack.hiddenSize();
    float[] first = require(carried, keys.get(0));
    if (first.length == 0 || first.length % h != 0) {
      throw new IllegalArgumentException("carried state '" + keys.get(0) + "' must hold streams x hiddenSize "
          + h + " values, got " + first.length);
    }
    int batch = first.length / h;
    List<State> restored = new ArrayList<>();
    FMatrixRMaj hidden = null;
    for (int i = 0; i < keys.size(); i++) {
      float[] values = require(carried, keys.get(i));
      if (values.length != batch * h) {
        throw new IllegalArgumentException("carried state '" + keys.get(i) + "' must hold " + batch * h
            + " values (" + batch + " streams x hiddenSize " + h + ", as '" + keys.get(0) + "'), got "
            + values.length);
      }
      FMatrixRMaj m = new FMatrixRMaj(batch, h);
      System.arraycopy(values, 0, m.data, 0, values.length);
      if (kinds() == 1) {
        restored.add(new HiddenState(m));
      } else if (i % 2 == 0) {
        hidden = m;
      } else {
        restored.add(new LstmState(hidden, m));
      }
    }
    nextIndex = index;
    streams = batch;
    states = restored;
  }

  /** 1 (h) or 2 (h, c) arrays per layer and direction. */
  private int kinds() {
    return stack.cellType() == CellType.LSTM ? 2 : 1;
  }

  /** The state entries' names in the stack's state order, h before c. */
  private List<String> stateKeys() {
    List<String> keys = new ArrayList<>();
    for (int l = 0; l < stack.layers(); l++) {
      for (int d = 0; d < stack.directions(); d++) {
        String suffix = "_l" + l + (d == 1 ? "_reverse" : "");
        keys.add("h" + suffix);
        if (kinds() == 2) {
          keys.add("c" + suffix);
        }
      }
    }
    return keys;
  }

  private static int nextChunk(float[] v) {
    boolean valid = v.length == 2 && v[0] >= 0 && v[0] < SPLIT && v[0] == Math.rint(v[0]) && v[1] >= 0
        && v[1] < SPLIT && v[1] == Math.rint(v[1]) && (long) v[0] * SPLIT + (long) v[1] <= Integer.MAX_VALUE
        && (v[0] > 0 || v[1] > 0);
    if (!valid) {
      throw new IllegalArgumentException("carried state '" + NEXT_CHUNK + "' must be {index / " + SPLIT + ", index % "
          + SPLIT + "} of a chunk index >= 1, got " + java.util.Arrays.toString(v));
    }
    return (int) v[0] * SPLIT + (int) v[1];
  }

  private static float[] require(Map<String, float[]> carried, String key) {
    float[] v = carried.get(key);
    if (v == null) {
      throw new IllegalArgumentException("carried state has no entry '" + key + "' (has "
          + new TreeSet<>(carried.keySet()) + ")");
    }
    return v;
  }
}
