package org.rnn4j.core.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named file's tensor: a shape and row-major values in float32 ({@code F32}) or float64 ({@code F64}). Values are
 * copied in and out, so a tensor never changes.
 */
public final class Tensor {
  /** The element types a tensor can hold, with their safetensors names. */
  public enum DType {
    /** 32-bit IEEE float, 4 bytes. */
    F32(4),
    /** 64-bit IEEE float, 8 bytes. */
    F64(8);

    private final int bytes;

    DType(int bytes) {
      this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
      return bytes;
    }
  }

  private final DType dtype;
  private final int[] shape;
  private final float[] floats;
  private final double[] doubles;

  private Tensor(DType dtype, int[] shape, float[] floats, double[] doubles) {
    this.dtype = dtype;
    this.shape = shape.clone();
    this.floats = floats;
    this.doubles = doubles;
    long n = elementCount(this.shape);
    int length = floats != null ? floats.length : doubles.length;
    if (n != length) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " elements, but "
          + length + " values were given");
    }
  }

  /** A float32 tensor of {@code shape} holding a copy of {@code values}. */
  public static Tensor f32(int[] shape, float[] values) {
    return new Tensor(DType.F32, Objects.requireNonNull(shape, "shape"),
        Objects.requireNonNull(values, "values").clone(), null);
  }

  /** A float64 tensor of {@code shape} holding a copy of {@code values}. */
  public static Tensor f64(int[] shape, double[] values) {
    return new Tensor(DType.F64, Objects.requireNonNull(shape, "shape"), null,
        Objects.requireNonNull(values, "values").clone());
  }

  /** The number of elements of {@code shape} (1 for a scalar, {@code []}); rejects negative dimensions. */
  static long elementCount(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("shape dimensions must be >= 0, got " + Arrays.toString(shape));
      }
      n *= d;
    }
    return n;
  }

  /** The element type. */
  public DType dtype() {
    return dtype;
  }

  /** A copy of the shape. */
  public int[] shape() {
    return shape.clone();
  }

  /** The number of elements. */
  public int size() {
    return floats != null ? floats.length : doubles.length;
  }

  /**
   * A copy of the values of an {@code F32} tensor.
   *
   * @throws IllegalStateException if the tensor is {@code F64}
   */
  public float[] floats() {
    if (floats == null) {
      throw new IllegalStateException("the tensor is " + dtype + ", expected F32");
    }
    return floats.clone();
  }

  /**
   * A copy of the values of an {@code F64} tensor.
   *
   * @throws IllegalStateException if the tensor is {@code F32}
   */
  public double[] doubles() {
    if (doubles == null) {
      throw new IllegalStateException("the tensor is " + dtype + ", expected F64");
    }
    return doubles.clone();
  }

  /** Reads element {@code i} without copying, as a double. */
  double get(int i) {
    return floats != null ? floats[i] : doubles[i];
  }

  float[] floatsNoCopy() {
    return floats;
  }

  double[] doublesNoCopy() {
    return doubles;
  }

  /** Same dtype, shape and bit-identical values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Tensor t && dtype == t.dtype && Arrays.equals(shape, t.shape)
        && Arrays.equals(floats, t.floats) && Arrays.equals(doubles, t.doubles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(floats), Arrays.hashCode(doubles));
  }

  @Override
  public String toString() {
    return dtype + Arrays.toString(shape);
  }
}
