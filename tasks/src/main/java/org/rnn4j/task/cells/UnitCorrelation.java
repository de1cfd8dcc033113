package org.rnn4j.task.cells;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.inspect.LayerRecording;
import org.rnn4j.core.inspect.StateRecording;

/**
 * The Pearson correlation of every recorded unit (hidden state, and cell state for the LSTM, of every layer and
 * direction) with every {@link TextProperty}, and the units ranked by it. A constant series (a unit that never
 * moves, or a property that never changes on the text) correlates 0 with everything.
 */
public final class UnitCorrelation {
  private final List<TextProperty> properties;
  private final List<Unit> units;
  private final double[][] r;

  /**
   * A unit's correlation with a property.
   *
   * @param property the property's name
   * @param unit the unit
   * @param r Pearson's r, in [-1, 1]
   */
  public record Match(String property, Unit unit, double r) {}

  private UnitCorrelation(List<TextProperty> properties, List<Unit> units, double[][] r) {
    this.properties = properties;
    this.units = units;
    this.r = r;
  }

  /**
   * Correlates every unit of {@code recording} with every property.
   *
   * @throws IllegalArgumentException if a property's length differs from the recording's number of steps
   */
  public static UnitCorrelation of(StateRecording recording, List<TextProperty> properties) {
    if (properties == null || properties.isEmpty()) {
      throw new IllegalArgumentException("properties must hold at least one property, got none");
    }
    for (TextProperty p : properties) {
      Checks.dimension("values of property " + p.name() + " (steps)", recording.steps(), p.length());
    }
    List<Unit> units = new ArrayList<>();
    for (LayerRecording layer : recording.layers()) {
      for (int j = 0; j < layer.hiddenSize(); j++) {
        units.add(new Unit(layer.layer(), layer.direction(), Unit.Series.HIDDEN, j));
      }
      if (recording.type() == CellType.LSTM) {
        for (int j = 0; j < layer.hiddenSize(); j++) {
          units.add(new Unit(layer.layer(), layer.direction(), Unit.Series.CELL, j));
        }
      }
    }
    double[][] standardized = new double[properties.size()][];
    for (int p = 0; p < properties.size(); p++) {
      standardized[p] = standardize(properties.get(p).values());
    }
    double[][] r = new double[properties.size()][units.size()];
    for (int u = 0; u < units.size(); u++) {
      double[] z = standardize(units.get(u).values(recording));
      for (int p = 0; p < properties.size(); p++) {
        r[p][u] = dot(standardized[p], z);
      }
    }
    return new UnitCorrelation(List.copyOf(properties), List.copyOf(units), r);
  }

  /** Pearson's r of two equally long series (0 if either is constant). */
  public static double pearson(double[] a, double[] b) {
    Checks.dimension("second series length", a.length, b.length);
    return dot(standardize(a), standardize(b));
  }

  /** The properties, in the order given. */
  public List<TextProperty> properties() {
    return properties;
  }

  /** Every unit correlated: per layer and direction, the hidden units, then the cell units. */
  public List<Unit> units() {
    return units;
  }

  /** The correlation of {@code unit} with {@code property}. */
  public double r(String property, Unit unit) {
    int u = units.indexOf(unit);
    if (u < 0) {
      throw new IllegalArgumentException("unit " + unit + " was not recorded; units run from " + units.get(0)
          + " to " + units.get(units.size() - 1));
    }
    return r[indexOf(property)][u];
  }

  /** The units ordered by {@code |r|} with {@code property}, strongest first (ties: recorded order). */
  public List<Match> ranking(String property) {
    int p = indexOf(property);
    List<Match> all = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      all.add(new Match(property, units.get(u), r[p][u]));
    }
    all.sort(Comparator.comparingDouble((Match m) -> -Math.abs(m.r())));
    return all;
  }

  /** The unit with the strongest correlation (either sign) with {@code property}. */
  public Match best(String property) {
    return ranking(property).get(0);
  }

  /** Each property's {@link #best} unit, in property order. */
  public List<Match> bestPerProperty() {
    return properties.stream().map(p -> best(p.name())).toList();
  }

  /**
   * Up to {@code n} distinct units in rounds: first each property's best unit, then each property's second best, and
   * so on; within a round the strongest correlations come first, and units already chosen are skipped. Only units
   * with {@code |r| > 0} are chosen.
   */
  public List<Match> topUnits(int n) {
    Checks.nonNegative("n", n);
    List<List<Match>> rankings = properties.stream().map(p -> ranking(p.name())).toList();
    List<Match> chosen = new ArrayList<>();
    List<Unit> seen = new ArrayList<>();
    for (int k = 0; k < units.size() && chosen.size() < n; k++) {
      List<Match> round = new ArrayList<>();
      for (List<Match> ranking : rankings) {
        round.add(ranking.get(k));
      }
      round.sort(Comparator.comparingDouble((Match m) -> -Math.abs(m.r())));
      for (Match m : round) {
        if (chosen.size() < n && m.r() != 0 && !seen.contains(m.unit())) {
          chosen.add(m);
          seen.add(m.unit());
        }
      }
    }
    return chosen;
  }

  private int indexOf(String property) {
    for (int p = 0; p < properties.size(); p++) {
      if (properties.get(p).name().equals(property)) {
        return p;
      }
    }
    throw new IllegalArgumentException("property must be one of "
        + properties.stream().map(TextProperty::name).toList() + ", got '" + property + "'");
  }

  /** {@code (x - mean) / (sd * sqrt(n))}, so the dot product of two such vectors is r; all zeros if constant. */
  private static double[] standardize(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = x[i] - mean;
      ss += z[i] * z[i];
    }
    if (!(ss > 1e-24 * x.length)) {
      java.util.Arrays.fill(z, 0);
      return z;
    }
    double norm = Math.sqrt(ss);
    for (int i = 0; i < x.length; i++) {
      z[i] /= norm;
    }
    return z;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, s));
  }
}
