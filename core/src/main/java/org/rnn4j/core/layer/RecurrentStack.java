package org.rnn4j.core.layer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;
import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.bptt.BpttEngine;
import org.rnn4j.core.bptt.GradientFlow;
import org.rnn4j.core.bptt.Tape;
import org.rnn4j.core.bptt.Truncation;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.HiddenState;
import org.rnn4j.core.cell.LstmState;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.math.Kernels;
import org.rnn4j.core.param.Init;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Layers of recurrent cells, optionally bidirectional, with dropout between layers: PyTorch's {@code nn.RNN},
 * {@code nn.LSTM} and {@code nn.GRU} with {@code num_layers}, {@code bidirectional} and {@code dropout}, and the
 * same parameter names ({@code weight_ih_l0}, ..., {@code weight_hh_l1_reverse}).
 *
 * <p>Input and output are time-major blocks: {@code [T*B x X]} in, {@code [T*B x D*H]} out (D = 2 when
 * bidirectional, forward direction in the first H columns). States are listed in PyTorch's order, layer by layer,
 * forward before reverse. The reverse direction reads each row backwards from that row's last valid step, so
 * padding never leaks into either direction.
 */
public final class RecurrentStack {
  private final CellType type;
  private final int inputSize;
  private final int hiddenSize;
  private final int layers;
  private final int directions;
  private final BpttEngine engine;
  private final Cell[][] cells;
  private final Tape[][] tapes;
  private final ParamSet params;
  private final Dropout[] dropouts;
  private final boolean[] droppedOut;
  private final GradientFlow[][] probes;
  private final LayerBuffers[] buffers;
  private SequenceShape shape;
  private FMatrixRMaj output = new FMatrixRMaj(1, 1);
  private State[] initialGradients;

  RecurrentStack(RecurrentStackBuilder b) {
    this.type = b.type;
    this.inputSize = b.inputSize;
    this.hiddenSize = b.hiddenSize;
    this.layers = b.layers;
    this.directions = b.bidirectional ? 2 : 1;
    this.engine = new BpttEngine(b.kernels);
    this.cells = new Cell[layers][directions];
    this.tapes = new Tape[layers][directions];
    this.probes = new GradientFlow[layers][directions];
    this.buffers = new LayerBuffers[layers];
    this.dropouts = new Dropout[layers];
    this.droppedOut = new boolean[layers];
    SplittableRandom seeds = new SplittableRandom(b.seed);
    List<Param> all = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      int in = l == 0 ? inputSize : hiddenSize * directions;
      for (int d = 0; d < directions; d++) {
        var cb = Cell.builder(type).setInputSize(in).setHiddenSize(hiddenSize)
            .optNamePrefix(b.namePrefix).optNameSuffix("_l" + l + (d == 1 ? "_reverse" : ""))
            .optSeed(seeds.nextLong());
        if (b.weightInit != null) {
          cb.optWeightInit(b.weightInit);
        }
        if (b.recurrentInit != null) {
          cb.optRecurrentInit(b.recurrentInit);
        }
        if (b.biasInit != null) {
          cb.optBiasInit(b.biasInit);
        }
        if (b.forgetBias != null) {
          cb.optForgetBias(b.forgetBias);
        }
        cells[l][d] = cb.build();
        tapes[l][d] = new Tape(cells[l][d]);
        all.addAll(cells[l][d].params().list());
      }
      buffers[l] = new LayerBuffers();
      if (l > 0) {
        dropouts[l] = Dropout.builder().setProbability(b.dropout).setSeed(seeds.nextLong()).build();
      }
    }
    this.params = ParamSet.of(all);
  }

  /** A new builder. */
  public static RecurrentStackBuilder builder() {
    return new RecurrentStackBuilder();
  }

  /** The cell type of every layer. */
  public CellType cellType() {
    return type;
  }

  /** Input width X. */
  public int inputSize() {
    return inputSize;
  }

  /** Hidden size H of each direction. */
  public int hiddenSize() {
    return hiddenSize;
  }

  /** Number of layers. */
  public int layers() {
    return layers;
  }

  /** 1, or 2 when bidirectional. */
  public int directions() {
    return directions;
  }

  /** Output width, {@code directions * H}. */
  public int outputSize() {
    return directions * hiddenSize;
  }

  /** All parameters in PyTorch's order. */
  public ParamSet params() {
    return params;
  }

  /** The cell of a layer and direction (0 forward, 1 reverse). */
  public Cell cell(int layer, int direction) {
    return cells[layer][direction];
  }

  /**
   * What the last forward pass of a layer and direction (0 forward, 1 reverse) left behind: its states and gate
   * values, read-only by contract (for inspection, see {@code org.rnn4j.core.inspect}); overwritten by the next
   * pass. The reverse direction's tape holds each row in reversed time order.
   */
  public Tape tape(int layer, int direction) {
    Checks.index("layer", layer, layers);
    Checks.index("direction", direction, directions);
    requireForward();
    return tapes[layer][direction];
  }

  /** The layout of the last forward pass's batch. */
  public SequenceShape lastShape() {
    requireForward();
    return shape;
  }

  /**
   * Restarts the dropout masks of every layer from one seed (each layer draws its own stream from it). Training
   * loops call this once per step with a seed of the step, so a step's dropout does not depend on earlier calls.
   */
  public void reseedDropout(long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int l = 1; l < layers; l++) {
      dropouts[l].reseed(seeds.nextLong());
    }
  }

  /** Turns recording of {@code ||dL/dh_t||} on for every layer and direction (off by default). */
  public void enableGradientFlow() {
    for (int l = 0; l < layers; l++) {
      for (int d = 0; d < directions; d++) {
        probes[l][d] = new GradientFlow();
      }
    }
  }

  /** The gradient-flow probe of a layer and direction, or null when recording is off. */
  public GradientFlow gradientFlow(int layer, int direction) {
    return probes[layer][direction];
  }

  /**
   * Runs the stack over {@code x} ({@code [T*B x X]}). {@code initial} lists one state per layer and direction
   * (null: zeros). With {@code training} true, dropout between layers is active. Returns the last layer's outputs
   * {@code [T*B x D*H]}, a matrix owned by the stack and overwritten by the next call.
   */
  public FMatrixRMaj forward(FMatrixRMaj x, SequenceShape shape, List<State> initial, boolean training) {
    Checks.dimension("x rows (steps * batch)", shape.rows(), x.numRows);
    Checks.dimension("x columns (inputSize)", inputSize, x.numCols);
    RowBlock out = forward(RowBlock.of(x.data, inputSize), shape, initial, training);
    output.reshape(shape.rows(), outputSize());
    copyRows(out, output.data, 0, outputSize(), shape.rows(), outputSize());
    return output;
  }

  /** As {@link #forward(FMatrixRMaj, SequenceShape, List, boolean)}, on a view; returns a view of the outputs. */
  public RowBlock forward(RowBlock x, SequenceShape shape, List<State> initial, boolean training) {
    Objects.requireNonNull(shape, "shape");
    checkStates("initial", initial, shape.batch());
    this.shape = shape;
    int rows = shape.rows();
    RowBlock layerIn = x;
    for (int l = 0; l < layers; l++) {
      LayerBuffers buf = buffers[l];
      droppedOut[l] = l > 0 && training && dropouts[l].probability() > 0;
      if (droppedOut[l]) {
        // Layer outputs are contiguous rows (stride == width), so dropout runs over one flat range.
        float[] dropped = buf.dropped(rows, outputSize());
        dropouts[l].forward(layerIn.data(), layerIn.offset(), dropped, 0, rows * outputSize(), true);
        layerIn = RowBlock.of(dropped, outputSize());
      }
      for (int d = 0; d < directions; d++) {
        State s0 = initial == null ? null : initial.get(l * directions + d);
        float[] h0 = s0 == null ? null : s0.h().data;
        float[] c0 = s0 instanceof LstmState ls ? ls.c().data : null;
        if (d == 0) {
          engine.forward(tapes[l][d], shape, layerIn, h0, c0);
        } else {
          int width = l == 0 ? inputSize : outputSize();
          float[] reversed = buf.reversedInput(rows, width);
          Reversal.reverseRows(shape, layerIn, RowBlock.of(reversed, width), width);
          engine.forward(tapes[l][d], shape, RowBlock.of(reversed, width), h0, c0);
        }
      }
      layerIn = layerOutput(l);
    }
    return layerIn;
  }

  /** The states after the last step of the last forward pass (each row at its own length), as new matrices. */
  public List<State> finalStates() {
    requireForward();
    List<State> states = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      for (int d = 0; d < directions; d++) {
        FMatrixRMaj h = new FMatrixRMaj(shape.batch(), hiddenSize);
        tapes[l][d].finalHidden(h.data);
        if (type == CellType.LSTM) {
          FMatrixRMaj c = new FMatrixRMaj(shape.batch(), hiddenSize);
          tapes[l][d].finalCell(c.data);
          states.add(new LstmState(h, c));
        } else {
          states.add(new HiddenState(h));
        }
      }
    }
    return states;
  }

  /**
   * Copies the states after the last step of the last forward pass into {@code into} (one state per layer and
   * direction, shaped {@code [B x H]}, of the stack's state type), without allocating: for step-by-step generation.
   */
  public void copyFinalStates(List<State> into) {
    requireForward();
    checkStates("into", into, shape.batch());
    for (int l = 0; l < layers; l++) {
      for (int d = 0; d < directions; d++) {
        State s = into.get(l * directions + d);
        tapes[l][d].finalHidden(s.h().data);
        if (s instanceof LstmState ls) {
          tapes[l][d].finalCell(ls.c().data);
        }
      }
    }
  }

  /**
   * Backpropagates the last forward pass. {@code dOutput} ({@code [T*B x D*H]}, null for none) is dL/d(outputs);
   * {@code dFinal} (null for none) the gradients of the final states. Parameter gradients accumulate; dL/dx is
   * written into {@code dInput} ({@code [T*B x X]}, null when not needed); the initial-state gradients are then
   * available from {@link #initialStateGradients()}. Truncated BPTT needs a unidirectional stack.
   */
  public void backward(RowBlock dOutput, List<State> dFinal, Truncation truncation, RowBlock dInput) {
    requireForward();
    checkStates("dFinal", dFinal, shape.batch());
    if (!truncation.isFull() && directions == 2) {
      throw new IllegalArgumentException("truncation must be full BPTT for a bidirectional stack (the reverse"
          + " direction reads the whole future), got " + truncation);
    }
    int rows = shape.rows();
    if (dOutput != null) {
      dOutput.require("dOutput", rows, outputSize());
    }
    if (dInput != null) {
      dInput.require("dInput", rows, inputSize);
      for (int r = 0; r < rows; r++) {
        Arrays.fill(dInput.data(), dInput.index(r, 0), dInput.index(r, 0) + inputSize, 0f);
      }
    }
    for (int l = 0; l < layers; l++) {
      for (int d = 0; d < directions; d++) {
        if (probes[l][d] != null) {
          probes[l][d].reset(shape.steps());
        }
      }
    }
    initialGradients = new State[layers * directions];
    for (Truncation.Window window : truncation.windows(shape.steps())) {
      backwardWindow(window, dOutput, dFinal, dInput);
    }
  }

  /** Full-BPTT {@link #backward(RowBlock, List, Truncation, RowBlock)} with matrices. */
  public void backward(FMatrixRMaj dOutput, List<State> dFinal, FMatrixRMaj dInput) {
    backward(dOutput == null ? null : RowBlock.of(dOutput.data, outputSize()), dFinal, Truncation.full(),
        dInput == null ? null : RowBlock.of(dInput.data, inputSize));
  }

  /** dL/d(initial state) per layer and direction from the last backward pass. */
  public List<State> initialStateGradients() {
    if (initialGradients == null || initialGradients[0] == null) {
      throw new IllegalStateException("no backward pass has reached step 0 yet");
    }
    return List.of(initialGradients);
  }

  private void backwardWindow(Truncation.Window window, RowBlock dOutput, List<State> dFinal, RowBlock dInput) {
    int rows = shape.rows();
    RowBlock dOut = dOutput;
    Truncation.Window w = window;
    for (int l = layers - 1; l >= 0; l--) {
      LayerBuffers buf = buffers[l];
      int inWidth = l == 0 ? inputSize : outputSize();
      boolean wantInput = l > 0 || dInput != null;
      float[] dIn = wantInput ? buf.dInput(rows, inWidth) : null;
      for (int d = 0; d < directions; d++) {
        State fin = dFinal == null ? null : dFinal.get(l * directions + d);
        float[] dh = fin == null ? null : fin.h().data;
        float[] dc = fin instanceof LstmState ls ? ls.c().data : null;
        RowBlock dOutDir = null;
        if (dOut != null) {
          if (d == 0) {
            dOutDir = new RowBlock(dOut.data(), dOut.offset(), dOut.stride());
          } else {
            float[] rev = buf.reversedDOutput(rows, hiddenSize);
            Reversal.reverseRows(shape, new RowBlock(dOut.data(), dOut.offset() + hiddenSize, dOut.stride()),
                RowBlock.of(rev, hiddenSize), hiddenSize);
            dOutDir = RowBlock.of(rev, hiddenSize);
          }
        }
        float[] target = d == 0 ? dIn : (wantInput ? buf.reversedDInput(rows, inWidth) : null);
        engine.backward(tapes[l][d], w, dOutDir, dh, dc, target == null ? null : RowBlock.of(target, inWidth),
            probes[l][d]);
        if (window.start() == 0) {
          recordInitialGradient(l, d);
        }
      }
      if (wantInput && directions == 2) {
        Reversal.addReversedRows(shape, buf.reversedDInput(rows, inWidth), dIn, inWidth);
      }
      if (l > 0) {
        if (droppedOut[l]) {
          dropouts[l].backward(dIn, 0, dIn, 0, rows * inWidth);
        }
        dOut = RowBlock.of(dIn, inWidth);
        w = window.forLayerBelow();
      } else if (dInput != null) {
        int from = window.start() * shape.batch();
        int to = window.end() * shape.batch();
        for (int r = from; r < to; r++) {
          int o = dInput.index(r, 0);
          for (int j = 0; j < inputSize; j++) {
            dInput.data()[o + j] += dIn[r * inputSize + j];
          }
        }
      }
    }
  }

  private void recordInitialGradient(int l, int d) {
    Tape tape = tapes[l][d];
    int n = shape.batch() * hiddenSize;
    FMatrixRMaj h = new FMatrixRMaj(shape.batch(), hiddenSize);
    System.arraycopy(tape.initialHiddenGradient(), 0, h.data, 0, n);
    if (type == CellType.LSTM) {
      FMatrixRMaj c = new FMatrixRMaj(shape.batch(), hiddenSize);
      System.arraycopy(tape.initialCellGradient(), 0, c.data, 0, n);
      initialGradients[l * directions + d] = new LstmState(h, c);
    } else {
      initialGradients[l * directions + d] = new HiddenState(h);
    }
  }

  /** The output of layer {@code l}: the tape itself when unidirectional, else both directions concatenated. */
  private RowBlock layerOutput(int l) {
    if (directions == 1) {
      return tapes[l][0].outputs();
    }
    int rows = shape.rows();
    float[] concat = buffers[l].concat(rows, outputSize());
    copyRows(tapes[l][0].outputs(), concat, 0, outputSize(), rows, hiddenSize);
    Reversal.reverseRows(shape, tapes[l][1].outputs(), new RowBlock(concat, hiddenSize, outputSize()), hiddenSize);
    return RowBlock.of(concat, outputSize());
  }

  private static void copyRows(RowBlock src, float[] dst, int dstOff, int dstStride, int rows, int width) {
    for (int r = 0; r < rows; r++) {
      System.arraycopy(src.data(), src.index(r, 0), dst, dstOff + r * dstStride, width);
    }
  }

  private void checkStates(String name, List<State> states, int batch) {
    if (states == null) {
      return;
    }
    Checks.dimension(name + " states (layers * directions)", layers * directions, states.size());
    for (int i = 0; i < states.size(); i++) {
      State s = states.get(i);
      if (s == null) {
        continue;
      }
      if ((type == CellType.LSTM) != (s instanceof LstmState)) {
        throw new IllegalArgumentException(name + " state " + i + " must be "
            + (type == CellType.LSTM ? "an LstmState" : "a HiddenState") + " for " + type + ", got "
            + s.getClass().getSimpleName());
      }
      Checks.dimension(name + " state " + i + " rows (batch)", batch, s.h().numRows);
      Checks.dimension(name + " state " + i + " columns (hiddenSize)", hiddenSize, s.h().numCols);
    }
  }

  private void requireForward() {
    if (shape == null) {
      throw new IllegalStateException("no forward pass yet");
    }
  }
}
