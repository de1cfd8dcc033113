package org.rnn4j.task.gradients;

import org.ejml.data.Complex_F32;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.factory.DecompositionFactory_FDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F32;
import org.rnn4j.core.Checks;
import org.rnn4j.core.param.Param;

/**
 * The spectral radius (largest eigenvalue modulus, complex eigenvalues included) of a square matrix, from a full
 * eigenvalue decomposition; and of each {@code H x H} gate block of a recurrent weight {@code weight_hh [G x H]}
 * ({@code G = H} vanilla, {@code 4H} LSTM gates i, f, g, o, {@code 3H} GRU gates r, z, n).
 */
public final class SpectralRadius {
  private SpectralRadius() {}

  /**
   * The spectral radius of a square matrix.
   *
   * @throws IllegalArgumentException if the matrix is not square or the decomposition fails
   */
  public static double of(FMatrixRMaj square) {
    Checks.dimension("columns of a square matrix", square.numRows, square.numCols);
    EigenDecomposition_F32<FMatrixRMaj> eig = DecompositionFactory_FDRM.eig(square.numRows, false);
    if (!eig.decompose(square.copy())) {
      throw new IllegalArgumentException("the eigenvalue decomposition of a " + square.numRows + "x"
          + square.numCols + " matrix did not converge");
    }
    double radius = 0;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      Complex_F32 e = eig.getEigenvalue(i);
      radius = Math.max(radius, Math.hypot(e.real, e.imaginary));
    }
    return radius;
  }

  /**
   * The spectral radius of each {@code H x H} row block of a recurrent weight {@code [G x H]}, in gate order.
   *
   * @throws IllegalArgumentException if the rows are not a multiple of the columns
   */
  public static double[] ofGateBlocks(Param weightHh) {
    FMatrixRMaj w = weightHh.value();
    int h = w.numCols;
    if (w.numRows % h != 0) {
      throw new IllegalArgumentException(weightHh.name() + " rows must be a multiple of its " + h
          + " columns, got " + w.numRows);
    }
    double[] radii = new double[w.numRows / h];
    FMatrixRMaj block = new FMatrixRMaj(h, h);
    for (int g = 0; g < radii.length; g++) {
      CommonOps_FDRM.extract(w, g * h, (g + 1) * h, 0, h, block, 0, 0);
      radii[g] = of(block);
    }
    return radii;
  }

  /** Scales {@code weightHh}'s value in place so that its first gate block has spectral radius {@code radius}. */
  public static void scaleTo(Param weightHh, double radius) {
    Checks.positive("radius", radius);
    double current = ofGateBlocks(weightHh)[0];
    Checks.positive("current spectral radius of " + weightHh.name(), current);
    CommonOps_FDRM.scale((float) (radius / current), weightHh.value());
  }
}
