package org.rnn4j.task.gradients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.factory.DecompositionFactory_FDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.param.Param;

/** Spectral radii of matrices whose eigenvalues are known, complex ones included. */
class SpectralRadiusTest {

  /** A block-diagonal matrix of 2x2 rotations by different angles, scaled by r: every eigenvalue is r e^{±iθ}. */
  @Test
  void scaledRotationsHaveRadiusR() {
    for (double r : new double[] {0.5, 1.0, 2.7}) {
      FMatrixRMaj m = new FMatrixRMaj(6, 6);
      double[] angles = {0.3, 1.2, 2.9};
      for (int k = 0; k < 3; k++) {
        double c = r * Math.cos(angles[k]);
        double s = r * Math.sin(angles[k]);
        m.set(2 * k, 2 * k, (float) c);
        m.set(2 * k, 2 * k + 1, (float) -s);
        m.set(2 * k + 1, 2 * k, (float) s);
        m.set(2 * k + 1, 2 * k + 1, (float) c);
      }
      assertEquals(r, SpectralRadius.of(m), 1e-5 * r, "r = " + r);
    }
  }

  @Test
  void diagonalMatrixHasItsLargestAbsoluteEntry() {
    FMatrixRMaj m = CommonOps_FDRM.diag(0.5f, -3.25f, 1f, 2f);
    assertEquals(3.25, SpectralRadius.of(m), 1e-5);
  }

  /** The spectral radius is not the largest entry: a nilpotent matrix has radius 0 whatever its entries. */
  @Test
  void nilpotentMatrixHasRadiusZero() {
    FMatrixRMaj m = new FMatrixRMaj(new float[][] {{0, 5, 7}, {0, 0, 3}, {0, 0, 0}});
    assertEquals(0, SpectralRadius.of(m), 1e-5);
  }

  @Test
  void randomOrthogonalTimesRHasRadiusR() {
    SplittableRandom random = new SplittableRandom(7);
    FMatrixRMaj g = new FMatrixRMaj(24, 24);
    for (int i = 0; i < g.data.length; i++) {
      g.data[i] = (float) random.nextGaussian();
    }
    QRDecomposition<FMatrixRMaj> qr = DecompositionFactory_FDRM.qr(24, 24);
    qr.decompose(g);
    FMatrixRMaj q = qr.getQ(null, false);
    CommonOps_FDRM.scale(1.5f, q);
    assertEquals(1.5, SpectralRadius.of(q), 1e-4);
  }

  @Test
  void gateBlocksAreMeasuredSeparatelyAndScaledTogether() {
    Param w = Param.matrix("weight_hh_l0", 6, 3);
    float[][] diag = {{1, 2, 0.5f}, {0.1f, 0.2f, 4}};
    for (int g = 0; g < 2; g++) {
      for (int j = 0; j < 3; j++) {
        w.value().set(g * 3 + j, j, diag[g][j]);
      }
    }
    assertArrayEquals(new double[] {2, 4}, SpectralRadius.ofGateBlocks(w), 1e-5);
    SpectralRadius.scaleTo(w, 3);
    assertArrayEquals(new double[] {3, 6}, SpectralRadius.ofGateBlocks(w), 1e-5);
  }

  @Test
  void rejectsNonSquareMatricesAndRowsThatAreNotBlocks() {
    assertThrows(IllegalArgumentException.class, () -> SpectralRadius.of(new FMatrixRMaj(2, 3)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpectralRadius.ofGateBlocks(Param.matrix("weight_hh_l0", 5, 3)));
    assertEquals("weight_hh_l0 rows must be a multiple of its 3 columns, got 5", e.getMessage());
  }
}
