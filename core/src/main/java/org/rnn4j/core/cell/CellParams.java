package org.rnn4j.core.cell;

import java.util.SplittableRandom;
import org.rnn4j.core.param.Init;
import org.rnn4j.core.param.Param;

/**
 * The four parameters every cell has, named as in PyTorch with a suffix (for example {@code weight_ih_l0}).
 */
record CellParams(Param weightIh, Param weightHh, Param biasIh, Param biasHh) {

  static CellParams create(int gateSize, int inputSize, int hiddenSize, String prefix, String suffix) {
    return new CellParams(
        Param.matrix(prefix + "weight_ih" + suffix, gateSize, inputSize),
        Param.matrix(prefix + "weight_hh" + suffix, gateSize, hiddenSize),
        Param.vector(prefix + "bias_ih" + suffix, gateSize),
        Param.vector(prefix + "bias_hh" + suffix, gateSize));
  }

  /** Initialises in PyTorch's order (weight_ih, weight_hh, bias_ih, bias_hh) from one random stream. */
  void initialise(Init weightInit, Init recurrentInit, Init biasInit, SplittableRandom random) {
    weightInit.fill(weightIh, random);
    recurrentInit.fill(weightHh, random);
    biasInit.fill(biasIh, random);
    biasInit.fill(biasHh, random);
  }
}
