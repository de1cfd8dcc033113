package org.rnn4j.core.param;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.factory.DecompositionFactory_FDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.rnn4j.core.Checks;

/**
 * A seeded initialiser: fills a parameter's value from a random source. The factories follow
 * {@code torch.nn.init}; for a matrix parameter {@code [rows x cols]} (PyTorch's {@code [out x in]}),
 * {@code fanIn = cols} and {@code fanOut = rows}. Initialisers that need fans reject vector parameters, as PyTorch
 * does for tensors with fewer than two dimensions.
 */
@FunctionalInterface
public interface Init {
  /** Overwrites {@code param}'s value; the same {@code random} state gives the same values. */
  void fill(Param param, SplittableRandom random);

  /** Every element zero. */
  static Init zeros() {
    return (p, r) -> Arrays.fill(p.value().data, 0f);
  }

  /** Every element {@code value}. */
  static Init constant(float value) {
    return (p, r) -> Arrays.fill(p.value().data, value);
  }

  /** Uniform on {@code [-bound, bound)}. */
  static Init uniform(double bound) {
    Checks.positive("bound", bound);
    return (p, r) -> {
      float[] v = p.value().data;
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) ((r.nextDouble() * 2 - 1) * bound);
      }
    };
  }

  /** Normal with mean 0 and standard deviation {@code std}. */
  static Init normal(double std) {
    Checks.positive("std", std);
    return (p, r) -> fillNormal(p.value().data, std, r);
  }

  /**
   * PyTorch's default for every RNN, LSTM and GRU weight and bias: uniform on {@code ±1/sqrt(hiddenSize)}.
   */
  static Init pytorchRnnDefault(int hiddenSize) {
    Checks.positive("hiddenSize", hiddenSize);
    return uniform(1 / Math.sqrt(hiddenSize));
  }

  /**
   * Glorot/Xavier uniform: uniform on {@code ±gain * sqrt(6 / (fanIn + fanOut))}, as
   * {@code torch.nn.init.xavier_uniform_}.
   */
  static Init xavierUniform(double gain) {
    Checks.positive("gain", gain);
    return (p, r) -> {
      requireMatrix("xavierUniform", p);
      uniform(gain * Math.sqrt(6.0 / (p.rows() + p.cols()))).fill(p, r);
    };
  }

  /**
   * Glorot/Xavier normal: normal with standard deviation {@code gain * sqrt(2 / (fanIn + fanOut))}, as
   * {@code torch.nn.init.xavier_normal_}.
   */
  static Init xavierNormal(double gain) {
    Checks.positive("gain", gain);
    return (p, r) -> {
      requireMatrix("xavierNormal", p);
      fillNormal(p.value().data, gain * Math.sqrt(2.0 / (p.rows() + p.cols())), r);
    };
  }

  /**
   * A (semi-)orthogonal matrix times {@code gain}, as {@code torch.nn.init.orthogonal_}: the QR factor of a Gaussian
   * matrix with its column signs fixed by {@code diag(R)}. When {@code rows} is a multiple of {@code cols}, as for a
   * recurrent weight {@code weight_hh [k*H x H]}, each {@code H x H} gate block is an independent orthogonal matrix
   * (like Keras' recurrent initializer), so every gate starts with a norm-preserving recurrence. Otherwise the whole
   * matrix has orthonormal rows ({@code rows < cols}) or columns ({@code rows > cols}).
   */
  static Init orthogonal(double gain) {
    Checks.positive("gain", gain);
    return (p, r) -> {
      requireMatrix("orthogonal", p);
      int rows = p.rows();
      int cols = p.cols();
      float[] v = p.value().data;
      if (rows % cols == 0) {
        for (int block = 0; block < rows / cols; block++) {
          writeOrthogonal(v, block * cols * cols, cols, cols, gain, r);
        }
      } else {
        writeOrthogonal(v, 0, rows, cols, gain, r);
      }
    };
  }

  private static void fillNormal(float[] v, double std, SplittableRandom r) {
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.nextGaussian() * std);
    }
  }

  private static void requireMatrix(String init, Param p) {
    if (p.shape().length != 2) {
      throw new IllegalArgumentException(init + " needs a matrix parameter to compute fans, got " + p);
    }
  }

  /** Writes a {@code rows x cols} (semi-)orthogonal matrix times {@code gain} into {@code out} from {@code offset}. */
  private static void writeOrthogonal(float[] out, int offset, int rows, int cols, double gain, SplittableRandom r) {
    boolean wide = rows < cols;
    FMatrixRMaj a = new FMatrixRMaj(rows, cols);
    fillNormal(a.data, 1, r);
    if (wide) {
      a = CommonOps_FDRM.transpose(a, null);
    }
    int m = a.numRows;
    int n = a.numCols;
    QRDecomposition<FMatrixRMaj> qr = DecompositionFactory_FDRM.qr(m, n);
    if (!qr.decompose(a)) {
      throw new IllegalStateException("QR decomposition failed for a random " + m + " x " + n + " matrix");
    }
    FMatrixRMaj q = qr.getQ(null, true);
    FMatrixRMaj rFactor = qr.getR(null, true);
    for (int j = 0; j < n; j++) {
      // torch multiplies by sign(diag(R)); a zero diagonal (probability 0) keeps the column as it is here
      float scale = (float) (rFactor.get(j, j) < 0 ? -gain : gain);
      for (int i = 0; i < m; i++) {
        q.set(i, j, q.get(i, j) * scale);
      }
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        out[offset + i * cols + j] = wide ? q.get(j, i) : q.get(i, j);
      }
    }
  }
}
