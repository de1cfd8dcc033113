package org.rnn4j.task.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.inspect.LayerRecording;
import org.rnn4j.core.inspect.StateRecording;

class UnitCorrelationTest {
  /** A hand-made LSTM recording of 4 steps and 3 units; gates are irrelevant here. */
  static StateRecording recording(float[][] h, float[][] c) {
    FMatrixRMaj hidden = new FMatrixRMaj(h);
    Map<String, FMatrixRMaj> gates = new LinkedHashMap<>();
    for (String g : CellType.LSTM.gateNames()) {
      gates.put(g, new FMatrixRMaj(hidden.numRows, hidden.numCols));
    }
    LayerRecording layer = new LayerRecording(0, 0, CellType.LSTM, hidden, Optional.of(new FMatrixRMaj(c)), gates);
    return new StateRecording(CellType.LSTM, 1, List.of(layer));
  }

  @Test
  void ranksUnitsByAbsoluteCorrelationAndFindsEachPropertysBest() {
    // Unit h1 is the property flipped (r = -1); h0 is noisy (0 < r < 1); h2 and c* are constant (r = 0).
    float[][] h = {{0.1f, 1, 0}, {0.9f, -1, 0}, {0.2f, 1, 0}, {0.7f, -1, 0}};
    float[][] c = {{5, 5, 5}, {5, 5, 5}, {5, 5, 5}, {5, 5, 5}};
    TextProperty p = new TextProperty("p", "test", new double[] {0, 1, 0, 1});
    UnitCorrelation uc = UnitCorrelation.of(recording(h, c), List.of(p));
    assertEquals(6, uc.units().size());
    UnitCorrelation.Match best = uc.best("p");
    assertEquals(Unit.hidden(0, 1), best.unit());
    assertEquals(-1, best.r(), 1e-9);
    assertEquals(Unit.hidden(0, 0), uc.ranking("p").get(1).unit());
    double expected = UnitCorrelation.pearson(new double[] {0.1, 0.9, 0.2, 0.7}, p.values());
    assertEquals(expected, uc.r("p", Unit.hidden(0, 0)), 1e-6);
    assertTrue(expected > 0.9 && expected < 1);
    assertEquals(0, uc.r("p", new Unit(0, 0, Unit.Series.CELL, 2)), 0, "a constant unit correlates 0");
    assertEquals(2, uc.topUnits(5).size(), "constant units are never chosen");
  }

  @Test
  void pearsonMatchesTheTextbookFormula() {
    double[] a = {1, 2, 3, 4, 6};
    double[] b = {2, 1, 4, 3, 7};
    // mean 3.2 and 3.4; sum of products of deviations 15.6; sums of squares 14.8 and 21.2.
    assertEquals(15.6 / Math.sqrt(14.8 * 21.2), UnitCorrelation.pearson(a, b), 1e-12);
    assertEquals(0, UnitCorrelation.pearson(a, new double[] {3, 3, 3, 3, 3}), 0);
  }

  @Test
  void mismatchedLengthsAndUnknownNamesAreRejected() {
    float[][] h = {{0}, {1}};
    StateRecording r = recording(h, h);
    var e = assertThrows(IllegalArgumentException.class,
        () -> UnitCorrelation.of(r, List.of(new TextProperty("q", "x", new double[3]))));
    assertTrue(e.getMessage().contains("property q"), e.getMessage());
    UnitCorrelation uc = UnitCorrelation.of(r, List.of(new TextProperty("q", "x", new double[] {0, 1})));
    assertThrows(IllegalArgumentException.class, () -> uc.best("nope"));
    assertThrows(IllegalArgumentException.class, () -> uc.r("q", Unit.hidden(0, 5)));
  }

  @Test
  void unitsParseFromTheirLabels() {
    assertEquals(Unit.hidden(2, 17), Unit.parse("17", 2));
    assertEquals(new Unit(0, 0, Unit.Series.CELL, 3), Unit.parse("c3", 0));
    Unit u = new Unit(1, 1, Unit.Series.CELL, 4);
    assertEquals(u, Unit.parse(u.label(), 0));
    assertEquals(Unit.hidden(1, 5), Unit.parse("L1:h5", 0));
    var e = assertThrows(IllegalArgumentException.class, () -> Unit.parse("x7", 0));
    assertTrue(e.getMessage().contains("'x7'"), e.getMessage());
  }

  @Test
  void topUnitsTakeTheStrongestPropertiesFirst() {
    // h0 tracks "weak" loosely, h1 tracks "strong" exactly; the strong property's unit comes first.
    float[][] h = {{0.1f, 0, 0}, {0.6f, 1, 0}, {0.5f, 0, 0}, {0.7f, 1, 0}};
    float[][] c = {{5, 5, 5}, {5, 5, 5}, {5, 5, 5}, {5, 5, 5}};
    TextProperty weak = new TextProperty("weak", "test", new double[] {0, 0, 1, 1});
    TextProperty strong = new TextProperty("strong", "test", new double[] {0, 1, 0, 1});
    UnitCorrelation uc = UnitCorrelation.of(recording(h, c), List.of(weak, strong));
    List<UnitCorrelation.Match> top = uc.topUnits(2);
    assertEquals("strong", top.get(0).property());
    assertEquals(Unit.hidden(0, 1), top.get(0).unit());
    assertEquals(Unit.hidden(0, 0), top.get(1).unit());
  }
}
