package org.rnn4j.topology;

import java.util.List;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.topology.generate.TokenSampler;
import org.rnn4j.topology.input.TokenInput;

/**
 * One time step of a token-fed recurrent stack and its output layer for a fixed batch, holding the state between
 * steps; the buffers are allocated once. An input row is the token's encoding followed by optional extra columns
 * (the stack's input width minus the encoding's).
 */
final class TokenStepper {
  private final RecurrentStack stack;
  private final TokenInput input;
  private final Dense output;
  private final int batch;
  private final int extraWidth;
  private final SequenceShape shape;
  private final float[] encoded;
  private final float[] x;
  private final float[] logits;
  private final List<State> kept;
  private List<State> states;

  TokenStepper(RecurrentStack stack, TokenInput input, Dense output, int batch) {
    this.stack = stack;
    this.input = input;
    this.output = output;
    this.batch = batch;
    this.extraWidth = stack.inputSize() - input.width();
    this.shape = SequenceShape.full(1, batch);
    this.encoded = new float[batch * input.width()];
    this.x = extraWidth == 0 ? encoded : new float[batch * stack.inputSize()];
    this.logits = new float[batch * output.outputSize()];
    List<State> zeros = new java.util.ArrayList<>();
    for (int i = 0; i < stack.layers() * stack.directions(); i++) {
      zeros.add(State.zeros(stack.cellType(), batch, stack.hiddenSize()));
    }
    this.kept = List.copyOf(zeros);
  }

  /** Back to zero states. */
  void reset() {
    states = null;
  }

  /** The current states (null: zeros). */
  List<State> states() {
    return states;
  }

  /** Replaces the current states (null: zeros); the list is used as given, not copied, and never written. */
  void setStates(List<State> states) {
    this.states = states;
  }

  /** Makes the stack's states after its last forward pass (over this stepper's batch) the current states. */
  void keepFinalStates() {
    stack.copyFinalStates(kept);
    states = kept;
  }

  /**
   * Feeds one token per row (with {@code extra [B x extraWidth]}, or zeros when null) and returns the logits
   * {@code [B x V]}, a buffer overwritten by the next step.
   */
  float[] step(int[] tokens, float[] extra) {
    int width = input.width();
    input.forward(tokens, shape, encoded);
    if (extraWidth > 0) {
      int in = stack.inputSize();
      for (int b = 0; b < batch; b++) {
        System.arraycopy(encoded, b * width, x, b * in, width);
        if (extra == null) {
          java.util.Arrays.fill(x, b * in + width, (b + 1) * in, 0f);
        } else {
          System.arraycopy(extra, b * extraWidth, x, b * in + width, extraWidth);
        }
      }
    }
    RowBlock out = stack.forward(RowBlock.of(x, stack.inputSize()), shape, states, false);
    output.forward(out.data(), out.offset(), batch, logits, 0);
    keepFinalStates();
    return logits;
  }

  /**
   * Feeds {@code startToken} (with {@code firstExtra} at the first step only) and then each row's own choice back,
   * choosing with {@code sampler} (rows in order at every step), until a row chooses {@code endToken} (not
   * included) or has {@code maxLength} tokens; starts from the current states.
   */
  List<int[]> decode(int startToken, int endToken, float[] firstExtra, TokenSampler sampler, int maxLength) {
    int[] tokens = new int[batch];
    java.util.Arrays.fill(tokens, startToken);
    int[][] out = new int[batch][maxLength];
    int[] lengths = new int[batch];
    boolean[] done = new boolean[batch];
    int open = batch;
    int vocab = output.outputSize();
    for (int step = 0; step < maxLength && open > 0; step++) {
      float[] z = step(tokens, step == 0 ? firstExtra : null);
      for (int b = 0; b < batch; b++) {
        if (done[b]) {
          continue;
        }
        tokens[b] = sampler.sample(z, b * vocab, vocab);
        if (tokens[b] == endToken) {
          done[b] = true;
          open--;
        } else {
          out[b][lengths[b]++] = tokens[b];
        }
      }
    }
    List<int[]> result = new java.util.ArrayList<>();
    for (int b = 0; b < batch; b++) {
      result.add(java.util.Arrays.copyOf(out[b], lengths[b]));
    }
    return result;
  }
}
