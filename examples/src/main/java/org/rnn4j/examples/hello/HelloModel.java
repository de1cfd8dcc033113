package org.rnn4j.examples.hello;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.param.ParamSet;

/**
 * The character model of the hello demo: one-hot characters into one recurrent layer, a {@link Dense} layer from the
 * hidden state to one logit per character, and softmax cross-entropy against the next character.
 *
 * <pre>
 *   x_t (one-hot, V) -> [cell, hidden H] -> h_t -> [Dense H -> V] -> logits_t -> softmax -> P(next char)
 * </pre>
 *
 * One sequence at a time (batch 1). The loss is the mean over steps, in nats per character.
 */
public final class HelloModel {
  private final Vocabulary vocabulary;
  private final int vocab;
  private final int hidden;
  private final RecurrentStack rnn;
  private final Dense head;
  private final SoftmaxCrossEntropy loss;
  private final ParamSet params;
  private float[] logits = new float[0];
  private float[] dLogits = new float[0];
  private float[] dHidden = new float[0];

  /**
   * A freshly initialised model.
   *
   * @param type the recurrent cell
   * @param vocabulary the characters, V of them
   * @param hidden hidden size H
   * @param seed seed of every initial weight
   */
  public HelloModel(CellType type, Vocabulary vocabulary, int hidden, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    this.vocabulary = vocabulary;
    this.vocab = vocabulary.size();
    this.hidden = hidden;
    this.rnn = RecurrentStack.builder().setCellType(type).setInputSize(vocab).setHiddenSize(hidden)
        .optSeed(seeds.nextLong()).build();
    this.head = Dense.builder().setInputSize(hidden).setOutputSize(vocab).setSeed(seeds.nextLong())
        .optNamePrefix("out.").build();
    this.loss = new SoftmaxCrossEntropy(vocab, Reduction.MEAN);
    this.params = ParamSet.concat(rnn.params(), head.params());
  }

  /** Every trainable parameter: the recurrent layer's, then the output layer's. */
  public ParamSet params() {
    return params;
  }

  /**
   * The logits {@code [T x V]} (a new array) of the sequence {@code inputs} read from {@code initial} (null: zeros);
   * {@link #finalState()} then holds the state after the last input.
   *
   * @throws Diverged if a logit is not finite
   */
  public float[] logits(int[] inputs, List<State> initial) {
    forward(inputs, initial, false);
    return Arrays.copyOf(logits, inputs.length * vocab);
  }

  /** The state after the last input of the last forward pass, to continue from. */
  public List<State> finalState() {
    return rnn.finalStates();
  }

  /**
   * Forward and backward over one sequence from a zero state: accumulates the gradients of the mean cross-entropy
   * of predicting {@code targets[t]} after {@code inputs[0..t]}, and returns that loss.
   *
   * @throws Diverged if a logit, the loss or a gradient is not finite
   */
  public double lossAndGradients(int[] inputs, int[] targets) {
    if (targets.length != inputs.length) {
      throw new IllegalArgumentException("targets must have one entry per input (" + inputs.length + "), got "
          + targets.length);
    }
    int steps = inputs.length;
    FMatrixRMaj hs = forward(inputs, null, true);
    dLogits = grow(dLogits, steps * vocab);
    double value = loss.compute(logits, targets, steps, dLogits);
    if (!Double.isFinite(value)) {
      throw new Diverged("the loss is " + value);
    }
    dHidden = grow(dHidden, steps * hidden);
    head.backward(hs.data, dLogits, steps, dHidden);
    rnn.backward(FMatrixRMaj.wrap(steps, hidden, dHidden), null, null);
    double norm = params.gradNorm();
    if (!Double.isFinite(norm)) {
      throw new Diverged("the gradient norm is " + norm);
    }
    return value;
  }

  private FMatrixRMaj forward(int[] inputs, List<State> initial, boolean training) {
    int steps = inputs.length;
    FMatrixRMaj x = FMatrixRMaj.wrap(steps, vocab, vocabulary.oneHot(inputs));
    FMatrixRMaj hs = rnn.forward(x, SequenceShape.full(steps, 1), initial, training);
    logits = grow(logits, steps * vocab);
    head.forward(hs.data, steps, logits);
    for (int i = 0; i < steps * vocab; i++) {
      if (!Float.isFinite(logits[i])) {
        throw new Diverged("the logit of '" + vocabulary.charAt(i % vocab) + "' at position " + (i / vocab + 1)
            + " is " + logits[i]);
      }
    }
    return hs;
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }
}
