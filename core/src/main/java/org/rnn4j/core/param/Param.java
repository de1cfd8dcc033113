package org.rnn4j.core.param;

import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;
import org.rnn4j.core.Checks;

/**
 * A trainable tensor: its value and its gradient, of the same shape, with a display name.
 *
 * <p>Values and gradients are row-major float32 {@link FMatrixRMaj}s. A PyTorch vector (a bias of shape
 * {@code [G]}) is held as a {@code 1 x G} matrix and reports {@link #shape()} {@code [G]}, so files written from it
 * carry PyTorch's shapes.
 */
public final class Param {
  private final String name;
  private final int[] shape;
  private final FMatrixRMaj value;
  private final FMatrixRMaj grad;

  private Param(String name, int[] shape, int rows, int cols) {
    this.name = Objects.requireNonNull(name, "name");
    this.shape = shape;
    this.value = new FMatrixRMaj(rows, cols);
    this.grad = new FMatrixRMaj(rows, cols);
  }

  /** A {@code rows x cols} matrix parameter, initialised to zero. */
  public static Param matrix(String name, int rows, int cols) {
    Checks.positive(name + " rows", rows);
    Checks.positive(name + " cols", cols);
    return new Param(name, new int[] {rows, cols}, rows, cols);
  }

  /** A vector parameter of {@code size} elements (PyTorch shape {@code [size]}), initialised to zero. */
  public static Param vector(String name, int size) {
    Checks.positive(name + " size", size);
    return new Param(name, new int[] {size}, 1, size);
  }

  /** The display name, also used as the tensor name in files (for example {@code weight_ih_l0}). */
  public String name() {
    return name;
  }

  /** The PyTorch shape: {@code [rows, cols]} for a matrix, {@code [size]} for a vector. */
  public int[] shape() {
    return shape.clone();
  }

  /** Number of rows of the value matrix (1 for a vector). */
  public int rows() {
    return value.numRows;
  }

  /** Number of columns of the value matrix. */
  public int cols() {
    return value.numCols;
  }

  /** Number of scalars in the parameter. */
  public int size() {
    return value.data.length;
  }

  /** The value; its {@code data} array is stable for the life of the parameter. */
  public FMatrixRMaj value() {
    return value;
  }

  /** The gradient, same shape as the value; its {@code data} array is stable for the life of the parameter. */
  public FMatrixRMaj grad() {
    return grad;
  }

  /** Sets the gradient to zero. */
  public void zeroGrad() {
    Arrays.fill(grad.data, 0f);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape);
  }
}
