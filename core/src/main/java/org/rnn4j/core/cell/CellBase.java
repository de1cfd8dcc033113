package org.rnn4j.core.cell;

import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** Sizes and parameters shared by every cell. */
abstract class CellBase {
  final int inputSize;
  final int hiddenSize;
  private final CellParams params;
  private final ParamSet paramSet;

  CellBase(int inputSize, int hiddenSize, CellParams params) {
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.params = params;
    this.paramSet = ParamSet.of(params.weightIh(), params.weightHh(), params.biasIh(), params.biasHh());
  }

  public ParamSet params() {
    return paramSet;
  }

  public int inputSize() {
    return inputSize;
  }

  public int hiddenSize() {
    return hiddenSize;
  }

  public Param weightIh() {
    return params.weightIh();
  }

  public Param weightHh() {
    return params.weightHh();
  }

  public Param biasIh() {
    return params.biasIh();
  }

  public Param biasHh() {
    return params.biasHh();
  }
}
