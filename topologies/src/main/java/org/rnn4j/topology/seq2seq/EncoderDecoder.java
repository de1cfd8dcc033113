package org.rnn4j.topology.seq2seq;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.layer.Dense;
import org.rnn4j.core.layer.RecurrentStack;
import org.rnn4j.core.loss.Reduction;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.ParamSet;
import org.rnn4j.topology.input.PackedTokens;
import org.rnn4j.topology.input.TokenInput;

/**
 * The network of a sequence-to-sequence model: source tokens → encoder stack → bridge → decoder stack (teacher
 * forced with the target shifted right behind the start token) → optional attention → output layer → softmax
 * cross-entropy against the target followed by the end token. Forward and backward over whole padded batches.
 *
 * <p>Parameter names: {@code encoder.embedding.weight}, {@code encoder.weight_ih_l0}, ..., {@code bridge.*},
 * {@code decoder.embedding.weight}, {@code decoder.weight_ih_l0}, ..., {@code attention.*}, {@code output.weight},
 * {@code output.bias}.
 */
public final class EncoderDecoder {
  private final Architecture arch;
  final TokenInput sourceInput;
  final TokenInput targetInput;
  final RecurrentStack encoder;
  final RecurrentStack decoder;
  final Bridge bridge;
  final LuongAttention attention;
  final Dense output;
  private final ParamSet params;
  private final SoftmaxCrossEntropy meanLoss;
  private final SoftmaxCrossEntropy sumLoss;
  private PackedTokens source;
  private PackedTokens decoderIn;
  private int[] decoderTargets;
  private final FMatrixRMaj sourceX = new FMatrixRMaj(1, 1);
  private final FMatrixRMaj targetX = new FMatrixRMaj(1, 1);
  private float[] encoderOut;
  private float[] decoderOut;
  private float[] features;
  private float[] logits = new float[0];

  /** A network with the given settings, initialised from {@code arch.seed()}, running on {@code kernels}. */
  public EncoderDecoder(Architecture arch, Kernels kernels) {
    this.arch = arch;
    SplittableRandom seeds = new SplittableRandom(arch.seed());
    int e = arch.embeddingSize();
    sourceInput = e == 0 ? TokenInput.oneHot(arch.sourceVocabulary())
        : TokenInput.embedding(arch.sourceVocabulary(), e, "encoder.embedding.", seeds.nextLong());
    targetInput = e == 0 ? TokenInput.oneHot(arch.targetVocabulary())
        : TokenInput.embedding(arch.targetVocabulary(), e, "decoder.embedding.", seeds.nextLong());
    encoder = RecurrentStack.builder().setCellType(arch.cellType()).setInputSize(sourceInput.width())
        .setHiddenSize(arch.hiddenSize()).optLayers(arch.layers()).optBidirectional(arch.bidirectional())
        .optDropout(arch.dropout()).optSeed(seeds.nextLong()).optKernels(kernels).optNamePrefix("encoder.").build();
    decoder = RecurrentStack.builder().setCellType(arch.cellType()).setInputSize(targetInput.width())
        .setHiddenSize(arch.decoderHiddenSize()).optLayers(arch.layers()).optDropout(arch.dropout())
        .optSeed(seeds.nextLong()).optKernels(kernels).optNamePrefix("decoder.").build();
    bridge = new Bridge(arch.cellType(), arch.layers(), encoder.directions(), arch.hiddenSize(),
        arch.decoderHiddenSize(), arch.usesLearnedBridge(), seeds.nextLong(), kernels);
    long attentionSeed = seeds.nextLong();
    attention = arch.attention() == Attention.NONE ? null : new LuongAttention(arch.attention(),
        arch.decoderHiddenSize(), arch.encoderWidth(), attentionSeed, kernels);
    output = Dense.builder().setInputSize(arch.decoderHiddenSize()).setOutputSize(arch.targetVocabulary())
        .setSeed(seeds.nextLong()).optNamePrefix("output.").optKernels(kernels).build();
    List<ParamSet> sets = new ArrayList<>(List.of(sourceInput.params(), encoder.params(),
        bridge.params(), targetInput.params(), decoder.params()));
    if (attention != null) {
      sets.add(attention.params());
    }
    sets.add(output.params());
    params = ParamSet.concat(sets.toArray(ParamSet[]::new));
    meanLoss = new SoftmaxCrossEntropy(arch.targetVocabulary(), Reduction.MEAN);
    sumLoss = new SoftmaxCrossEntropy(arch.targetVocabulary(), Reduction.SUM);
  }

  /** The settings. */
  public Architecture architecture() {
    return arch;
  }

  /** All trainable parameters, in a fixed order. */
  public ParamSet params() {
    return params;
  }

  /**
   * Teacher-forced forward pass over a batch; returns the loss over all target tokens (each target's tokens and its
   * end token), the mean when {@code mean} is true, else the sum. With {@code training}, dropout is active.
   *
   * @throws IllegalArgumentException naming the example and position of an empty or out-of-range sequence
   */
  public double forward(List<SentencePair> batch, boolean training, boolean mean) {
    pack(batch);
    SequenceShape src = source.shape();
    SequenceShape tgt = decoderIn.shape();
    sourceX.reshape(src.rows(), sourceInput.width());
    sourceInput.forward(source.ids(), src, sourceX.data);
    encoderOut = encoder.forward(sourceX, src, null, training).data;
    List<State> initial = bridge.forward(encoder.finalStates());
    targetX.reshape(tgt.rows(), targetInput.width());
    targetInput.forward(decoderIn.ids(), tgt, targetX.data);
    decoderOut = decoder.forward(targetX, tgt, initial, training).data;
    features = attention == null ? decoderOut : attention.forward(encoderOut, src, decoderOut, tgt);
    int v = arch.targetVocabulary();
    logits = logits.length >= tgt.rows() * v ? logits : new float[tgt.rows() * v];
    output.forward(features, tgt.rows(), logits);
    return (mean ? meanLoss : sumLoss).compute(logits, decoderTargets, tgt, null);
  }

  /** Number of target tokens (end tokens included) of the last forward pass. */
  public int targetCount() {
    return decoderIn.shape().validCount();
  }

  /** Overwrites every parameter gradient with d(mean loss)/dθ of the last forward pass. */
  public void backwardMean() {
    params.zeroGrad();
    SequenceShape src = source.shape();
    SequenceShape tgt = decoderIn.shape();
    int v = arch.targetVocabulary();
    int h = arch.decoderHiddenSize();
    float[] dLogits = new float[tgt.rows() * v];
    meanLoss.compute(logits, decoderTargets, tgt, dLogits);
    float[] dFeatures = new float[tgt.rows() * h];
    output.backward(features, dLogits, tgt.rows(), dFeatures);
    float[] dDecoderOut = dFeatures;
    float[] dEncoderOut = null;
    if (attention != null) {
      dDecoderOut = new float[tgt.rows() * h];
      dEncoderOut = new float[src.rows() * arch.encoderWidth()];
      attention.backward(dFeatures, dDecoderOut, dEncoderOut);
    }
    FMatrixRMaj dTargetX = new FMatrixRMaj(tgt.rows(), targetInput.width());
    decoder.backward(FMatrixRMaj.wrap(tgt.rows(), h, dDecoderOut), null, dTargetX);
    targetInput.backward(decoderIn.ids(), tgt, dTargetX.data);
    List<State> dEncoderFinal = bridge.backward(decoder.initialStateGradients());
    FMatrixRMaj dSourceX = new FMatrixRMaj(src.rows(), sourceInput.width());
    encoder.backward(dEncoderOut == null ? null : FMatrixRMaj.wrap(src.rows(), arch.encoderWidth(), dEncoderOut),
        dEncoderFinal, dSourceX);
    sourceInput.backward(source.ids(), src, dSourceX.data);
  }

  /** Reseeds the dropout of both stacks from one random source. */
  public void reseedDropout(SplittableRandom random) {
    encoder.reseedDropout(random.nextLong());
    decoder.reseedDropout(random.nextLong());
  }

  /** Checks and packs the batch: sources, decoder inputs (start + target) and decoder targets (target + end). */
  private void pack(List<SentencePair> batch) {
    if (batch == null || batch.isEmpty()) {
      throw new IllegalArgumentException("batch must hold at least one sentence pair, got "
          + (batch == null ? "null" : "none"));
    }
    List<int[]> sources = new ArrayList<>();
    List<int[]> inputs = new ArrayList<>();
    List<int[]> targets = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      SentencePair p = batch.get(i);
      sources.add(checkSource(p.source(), "batch[" + i + "].source"));
      int[] t = checkTarget(p.target(), "batch[" + i + "].target");
      int[] in = new int[t.length + 1];
      int[] out = new int[t.length + 1];
      in[0] = arch.startId();
      System.arraycopy(t, 0, in, 1, t.length);
      System.arraycopy(t, 0, out, 0, t.length);
      out[t.length] = arch.endId();
      inputs.add(in);
      targets.add(out);
    }
    source = PackedTokens.pack(sources, arch.padId() < arch.sourceVocabulary() ? arch.padId() : 0);
    decoderIn = PackedTokens.pack(inputs, arch.padId());
    decoderTargets = PackedTokens.pack(targets, arch.padId()).ids();
  }

  /** Requires a non-empty source of ids in the source vocabulary. */
  int[] checkSource(int[] s, String name) {
    if (s == null || s.length == 0) {
      throw new IllegalArgumentException(name + " must hold at least one token, got " + (s == null ? "null"
          : "an empty sequence"));
    }
    for (int j = 0; j < s.length; j++) {
      if (s[j] < 0 || s[j] >= arch.sourceVocabulary()) {
        throw new IllegalArgumentException(name + "[" + j + "] must be a token id in [0, "
            + arch.sourceVocabulary() + "), got " + s[j]);
      }
    }
    return s;
  }

  private int[] checkTarget(int[] t, String name) {
    if (t == null || t.length == 0) {
      throw new IllegalArgumentException(name + " must hold at least one token, got " + (t == null ? "null"
          : "an empty sequence"));
    }
    for (int j = 0; j < t.length; j++) {
      if (t[j] < 0 || t[j] >= arch.targetVocabulary()) {
        throw new IllegalArgumentException(name + "[" + j + "] must be a token id in [0, "
            + arch.targetVocabulary() + "), got " + t[j]);
      }
      if (t[j] == arch.startId() || t[j] == arch.endId()) {
        throw new IllegalArgumentException(name + "[" + j + "] must not be the start or end token (the model adds"
            + " them), got " + t[j]);
      }
    }
    return t;
  }
}
