package org.rnn4j.core.bptt;

import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.core.cell.Cell;
import org.rnn4j.core.cell.Workspace;
import org.rnn4j.core.math.PackedB;

/**
 * What one forward pass of one cell over a sequence batch left for its backward pass: the cell, the batch layout,
 * the input view and the {@link Workspace} holding states and gate values. A tape is reused from batch to batch; its
 * buffers grow when a batch needs more room and are never freed per step.
 */
public final class Tape {
  private final Cell cell;
  private final Workspace workspace;
  private final PackedB recurrentWeight = new PackedB();
  private SequenceShape shape;
  private RowBlock input;

  /** An empty tape for {@code cell}. */
  public Tape(Cell cell) {
    this.cell = cell;
    this.workspace = new Workspace(cell);
  }

  /** The cell this tape records. */
  public Cell cell() {
    return cell;
  }

  /** The buffers. */
  public Workspace workspace() {
    return workspace;
  }

  /** The layout of the recorded batch, or null before the first forward pass. */
  public SequenceShape shape() {
    return shape;
  }

  /** The recorded input view. */
  public RowBlock input() {
    return input;
  }

  /**
   * The recurrent weight as the B operand of the per-step products, prepared once per pass: transposed for forward,
   * as stored for backward. Its buffer is reused from pass to pass.
   */
  PackedB recurrentWeight() {
    return recurrentWeight;
  }

  void bind(SequenceShape shape, RowBlock input) {
    this.shape = shape;
    this.input = input;
    workspace.ensure(shape.steps(), shape.batch());
  }

  /** Output rows {@code h_1 .. h_T} as a {@code [T*B x H]} view (valid until the next forward pass). */
  public RowBlock outputs() {
    requireForward();
    return new RowBlock(workspace.hidden(), workspace.stateOffset(1), cell.hiddenSize());
  }

  /** Copies the final hidden state {@code h_T} (each row frozen at its length) into {@code h [B x H]}. */
  public void finalHidden(float[] h) {
    requireForward();
    int n = shape.batch() * cell.hiddenSize();
    System.arraycopy(workspace.hidden(), workspace.stateOffset(shape.steps()), h, 0, n);
  }

  /** Copies the final cell state {@code c_T} into {@code c [B x H]}; LSTM only. */
  public void finalCell(float[] c) {
    requireForward();
    if (!cell.hasCellState()) {
      throw new IllegalStateException(cell.type() + " has no cell state");
    }
    int n = shape.batch() * cell.hiddenSize();
    System.arraycopy(workspace.cellState(), workspace.stateOffset(shape.steps()), c, 0, n);
  }

  /**
   * After a backward pass whose window started at step 0: dL/dh_0, the gradient of the initial hidden state
   * {@code [B x H]} (a view into the workspace, valid until the next pass).
   */
  public float[] initialHiddenGradient() {
    return workspace.dh();
  }

  /** After a backward pass whose window started at step 0: dL/dc_0 (LSTM), a view into the workspace. */
  public float[] initialCellGradient() {
    return workspace.dc();
  }

  private void requireForward() {
    if (shape == null) {
      throw new IllegalStateException("no forward pass has been recorded on this tape");
    }
  }
}
