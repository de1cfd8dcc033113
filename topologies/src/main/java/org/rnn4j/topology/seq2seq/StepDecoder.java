package org.rnn4j.topology.seq2seq;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.topology.input.PackedTokens;

/**
 * Runs a network's decoder one token at a time (evaluation mode) for a set of rows, each row a hypothesis
 * continuing one of the encoded sources. Starts with one row per source, in the bridged encoder state; rows can be
 * reordered, duplicated or dropped between steps ({@link #select}), as beam search needs.
 */
public final class StepDecoder {
  private final EncoderDecoder net;
  private final int encoderWidth;
  private final int sourceSteps;
  private final int[] sourceLengths;
  private final float[] encoderOut;
  private final int sourceBatch;
  private int[] rowSource;
  private List<State> states;
  private float[] rowEncoderOut;
  private SequenceShape rowSourceShape;
  private float[] attentionWeights;

  /**
   * Encodes {@code sources} (each non-empty, ids in the source vocabulary) and prepares one row per source.
   *
   * @throws IllegalArgumentException naming an empty source or an out-of-range id
   */
  public StepDecoder(EncoderDecoder net, List<int[]> sources) {
    this.net = net;
    Architecture arch = net.architecture();
    for (int i = 0; i < sources.size(); i++) {
      net.checkSource(sources.get(i), "sources[" + i + "]");
    }
    PackedTokens packed = PackedTokens.pack(sources, 0);
    SequenceShape shape = packed.shape();
    FMatrixRMaj x = new FMatrixRMaj(shape.rows(), net.sourceInput.width());
    net.sourceInput.forward(packed.ids(), shape, x.data);
    this.encoderOut = net.encoder.forward(x, shape, null, false).data.clone();
    this.states = net.bridge.forward(net.encoder.finalStates());
    this.encoderWidth = arch.encoderWidth();
    this.sourceSteps = shape.steps();
    this.sourceLengths = shape.lengths();
    this.sourceBatch = shape.batch();
    this.rowSource = new int[sourceBatch];
    for (int i = 0; i < sourceBatch; i++) {
      rowSource[i] = i;
    }
    gatherEncoderRows();
  }

  /** Number of rows (hypotheses) the next step runs. */
  public int rows() {
    return rowSource.length;
  }

  /** The source a row continues. */
  public int source(int row) {
    return rowSource[row];
  }

  /** Length of source {@code i}. */
  public int sourceLength(int i) {
    return sourceLengths[i];
  }

  /**
   * Feeds one token per row and returns the log-probabilities of the next token, {@code [rows x V]} row-major, in
   * double. Advances every row's state.
   */
  public double[] step(int[] tokens) {
    int rows = rows();
    if (tokens.length != rows) {
      throw new IllegalArgumentException("tokens must hold one id per row (" + rows + "), got " + tokens.length);
    }
    SequenceShape one = SequenceShape.full(1, rows);
    FMatrixRMaj x = new FMatrixRMaj(rows, net.targetInput.width());
    net.targetInput.forward(tokens, one, x.data);
    float[] out = net.decoder.forward(x, one, states, false).data;
    states = net.decoder.finalStates();
    float[] features = out;
    if (net.attention != null) {
      features = net.attention.forward(rowEncoderOut, rowSourceShape, out, one);
      attentionWeights = new float[rows * sourceSteps];
      for (int r = 0; r < rows; r++) {
        for (int s = 0; s < sourceSteps; s++) {
          attentionWeights[r * sourceSteps + s] = net.attention.weight(r, 0, s);
        }
      }
    }
    int v = net.architecture().targetVocabulary();
    float[] logits = new float[rows * v];
    net.output.forward(features, rows, logits);
    double[] logProbs = new double[rows * v];
    for (int r = 0; r < rows; r++) {
      logSoftmax(logits, r * v, v, logProbs);
    }
    return logProbs;
  }

  /** The attention weights of a row at the last step over its source's positions (null without attention). */
  public float[] attention(int row) {
    if (attentionWeights == null) {
      return null;
    }
    float[] w = new float[sourceLengths[rowSource[row]]];
    System.arraycopy(attentionWeights, row * sourceSteps, w, 0, w.length);
    return w;
  }

  /** Keeps rows {@code parents[0], parents[1], ...} as the new rows 0, 1, ... (repeats allowed). */
  public void select(int[] parents) {
    if (parents.length == 0) {
      throw new IllegalArgumentException("parents must name at least one row, got none");
    }
    int hidden = net.architecture().decoderHiddenSize();
    List<State> next = new ArrayList<>();
    for (State s : states) {
      FMatrixRMaj h = pick(s.h(), parents, hidden);
      next.add(s instanceof LstmState ls ? new LstmState(h, pick(ls.c(), parents, hidden)) : new HiddenState(h));
    }
    int[] sources = new int[parents.length];
    for (int i = 0; i < parents.length; i++) {
      sources[i] = rowSource[parents[i]];
    }
    states = next;
    rowSource = sources;
    gatherEncoderRows();
  }

  private FMatrixRMaj pick(FMatrixRMaj m, int[] parents, int width) {
    FMatrixRMaj out = new FMatrixRMaj(parents.length, width);
    for (int i = 0; i < parents.length; i++) {
      if (parents[i] < 0 || parents[i] >= m.numRows) {
        throw new IllegalArgumentException("parents[" + i + "] must be a row in [0, " + m.numRows + "), got "
            + parents[i]);
      }
      System.arraycopy(m.data, parents[i] * width, out.data, i * width, width);
    }
    return out;
  }

  /** The encoder outputs and source shape laid out per row, for attention. */
  private void gatherEncoderRows() {
    if (net.attention == null) {
      return;
    }
    int rows = rows();
    rowEncoderOut = new float[sourceSteps * rows * encoderWidth];
    int[] lengths = new int[rows];
    for (int r = 0; r < rows; r++) {
      int src = rowSource[r];
      lengths[r] = sourceLengths[src];
      for (int s = 0; s < sourceSteps; s++) {
        System.arraycopy(encoderOut, (s * sourceBatch + src) * encoderWidth, rowEncoderOut,
            (s * rows + r) * encoderWidth, encoderWidth);
      }
    }
    rowSourceShape = new SequenceShape(sourceSteps, rows, lengths);
  }

  /** {@code out[off + j] = z_j - logsumexp(z)} in double. */
  private static void logSoftmax(float[] z, int off, int v, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < v; j++) {
      if (!Float.isFinite(z[off + j])) {
        throw new org.rnn4j.core.NonFiniteException("logits must be finite, got " + z[off + j] + " at class " + j);
      }
      max = Math.max(max, z[off + j]);
    }
    double sum = 0;
    for (int j = 0; j < v; j++) {
      sum += Math.exp(z[off + j] - max);
    }
    double log = max + Math.log(sum);
    for (int j = 0; j < v; j++) {
      out[off + j] = z[off + j] - log;
    }
  }
}
