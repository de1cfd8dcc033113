package org.rnn4j.core.cell;

import org.rnn4j.core.Checks;

/**
 * The buffers one recurrent layer (one cell, one direction) uses over a batch of {@code steps x batch} rows: what
 * forward records for backward, and backward's scratch. Allocated once and reused while the batch size and the
 * number of steps stay within capacity, so the time loop never allocates.
 *
 * <p>Layout (all row-major, B = batch, G = gate width, H = hidden size, C = the cell's cache width):
 * <ul>
 *   <li>{@link #gates()} {@code [T*B x G]}: before step t, rows of step t hold {@code x_t W_ihᵀ + b_ih}; a cell's
 *       forward step overwrites them with whatever its backward needs (typically the activated gates).</li>
 *   <li>{@link #recurrent()} {@code [B x G]}: step scratch holding {@code h_{t-1} W_hhᵀ + b_hh}.</li>
 *   <li>{@link #hidden()} {@code [(T+1)*B x H]}: {@code h_0 .. h_T}; block {@code t} is the state before step t,
 *       so {@code h_{t-1}} of step t is at {@link #stateOffset(int) stateOffset(t)} and its output at
 *       {@code stateOffset(t + 1)}.</li>
 *   <li>{@link #cellState()} {@code [(T+1)*B x H]}: {@code c_0 .. c_T} for cells with a cell state, else empty.</li>
 *   <li>{@link #cache()} {@code [T*B x C]}: extra per-step values a cell keeps for backward.</li>
 *   <li>{@link #dGates()} {@code [T*B x G]}: dL/d(input pre-activations) of each step;
 *       {@link #dGatesRecurrent()} the same for the recurrent pre-activations (the same array unless the cell
 *       separates them, as the GRU does).</li>
 *   <li>{@link #dh()}, {@link #dc()} {@code [B x H]}: dL/dh_t and dL/dc_t entering a backward step;
 *       {@link #dhPrev()}, {@link #dcPrev()}: the step's gradient with respect to {@code h_{t-1}}, {@code c_{t-1}}
 *       through paths other than {@code W_hh} (the engine adds the {@code W_hh} path).</li>
 * </ul>
 */
public final class Workspace {
  private final int hiddenSize;
  private final int gateSize;
  private final int cacheWidth;
  private final boolean cellStateUsed;
  private final boolean separateRecurrentGradient;
  private int batch;
  private int steps;
  private int capacityRows;
  private int capacityBatch;

  private float[] gates = new float[0];
  private float[] recurrent = new float[0];
  private float[] hidden = new float[0];
  private float[] cellState = new float[0];
  private float[] cache = new float[0];
  private float[] dGates = new float[0];
  private float[] dGatesRecurrent = new float[0];
  private float[] dh = new float[0];
  private float[] dc = new float[0];
  private float[] dhPrev = new float[0];
  private float[] dcPrev = new float[0];

  /** Buffers shaped for {@code cell}; sized on the first {@link #ensure(int, int)}. */
  public Workspace(Cell cell) {
    this.hiddenSize = cell.hiddenSize();
    this.gateSize = cell.gateSize();
    this.cacheWidth = cell.cacheWidth();
    this.cellStateUsed = cell.hasCellState();
    this.separateRecurrentGradient = cell.separatesRecurrentGradient();
  }

  /** Sizes the buffers for {@code steps} steps of {@code batch} rows, reallocating only to grow. */
  public void ensure(int steps, int batch) {
    Checks.positive("steps", steps);
    Checks.positive("batch", batch);
    this.steps = steps;
    this.batch = batch;
    int rows = steps * batch;
    if (rows > capacityRows || batch > capacityBatch) {
      capacityRows = Math.max(rows, capacityRows);
      capacityBatch = Math.max(batch, capacityBatch);
      int stateRows = capacityRows + capacityBatch;
      gates = new float[capacityRows * gateSize];
      dGates = new float[capacityRows * gateSize];
      dGatesRecurrent = separateRecurrentGradient ? new float[capacityRows * gateSize] : dGates;
      recurrent = new float[capacityBatch * gateSize];
      hidden = new float[stateRows * hiddenSize];
      cellState = cellStateUsed ? new float[stateRows * hiddenSize] : new float[0];
      cache = new float[capacityRows * cacheWidth];
      dh = new float[capacityBatch * hiddenSize];
      dc = new float[cellStateUsed ? capacityBatch * hiddenSize : 0];
      dhPrev = new float[capacityBatch * hiddenSize];
      dcPrev = new float[cellStateUsed ? capacityBatch * hiddenSize : 0];
    }
  }

  /** Rows per step (B). */
  public int batch() {
    return batch;
  }

  /** Number of steps (T) of the current batch. */
  public int steps() {
    return steps;
  }

  /** Offset of step {@code t}'s rows in {@link #gates()}, {@link #dGates()} and {@link #dGatesRecurrent()}. */
  public int gateOffset(int t) {
    return t * batch * gateSize;
  }

  /** Offset of state block {@code t} ({@code h_t}, {@code c_t}) in {@link #hidden()} and {@link #cellState()}. */
  public int stateOffset(int t) {
    return t * batch * hiddenSize;
  }

  /** Offset of step {@code t}'s rows in {@link #cache()}. */
  public int cacheOffset(int t) {
    return t * batch * cacheWidth;
  }

  /** Input pre-activations, then whatever the cell's forward leaves for backward. */
  public float[] gates() {
    return gates;
  }

  /** Recurrent pre-activations of the current step. */
  public float[] recurrent() {
    return recurrent;
  }

  /** Hidden states {@code h_0 .. h_T}. */
  public float[] hidden() {
    return hidden;
  }

  /** Cell states {@code c_0 .. c_T} (empty for cells without one). */
  public float[] cellState() {
    return cellState;
  }

  /** Per-step values the cell keeps for backward. */
  public float[] cache() {
    return cache;
  }

  /** dL/d(input pre-activations) per step. */
  public float[] dGates() {
    return dGates;
  }

  /** dL/d(recurrent pre-activations) per step; the same array as {@link #dGates()} unless the cell separates them. */
  public float[] dGatesRecurrent() {
    return dGatesRecurrent;
  }

  /** dL/dh_t entering the current backward step. */
  public float[] dh() {
    return dh;
  }

  /** dL/dc_t entering the current backward step (empty without a cell state). */
  public float[] dc() {
    return dc;
  }

  /** The current step's direct gradient with respect to {@code h_{t-1}}. */
  public float[] dhPrev() {
    return dhPrev;
  }

  /** The current step's gradient with respect to {@code c_{t-1}} (empty without a cell state). */
  public float[] dcPrev() {
    return dcPrev;
  }

  /** Exchanges {@code dh} with {@code dhPrev} and {@code dc} with {@code dcPrev}: the step's outputs become the next
   * (earlier) step's inputs. */
  public void swapStateGradients() {
    float[] t = dh;
    dh = dhPrev;
    dhPrev = t;
    t = dc;
    dc = dcPrev;
    dcPrev = t;
  }
}
