package org.rnn4j.task.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.inspect.GateSaturation;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.charlm.CharLanguageModel;
import org.rnn4j.task.charlm.TextCorpus;

class CellsTaskTest {
  /** The seed of the proof: training text, initialisation and batching. */
  static final long SEED = 3;
  /**
   * What the proof demands of the best unit; seed 3 reaches 0.935, seeds 1 to 6 reach 0.78 to 0.94 (untrained
   * models of the same seeds: at most 0.15).
   */
  static final double THRESHOLD = 0.85;

  static TrainingOptions options(long seed) {
    TrainingOptions d = CellsTask.defaults();
    return new TrainingOptions(d.cell(), d.layers(), d.hidden(), d.epochs(), d.batch(), d.learningRate(), seed,
        Optional.empty(), false);
  }

  /**
   * The proof of the issue: a small LSTM trained on text with planted quotes has a unit that tracks "inside
   * quotes" on text it never saw, and the ranking finds exactly that unit; an untrained model and a shuffled
   * property have none.
   */
  @Test
  void aTrainedLstmHasAQuoteUnitAndTheRankingFindsIt() {
    TextCorpus corpus = TextCorpus.of("planted", PlantedText.generate(SEED, PlantedText.TRAINING_LINES));
    CharLanguageModel model = CellsTask.train(corpus, options(SEED), Optional.empty(), null).model();
    CellsResult result = CellsTask.analyse(model, PlantedText.generate(SEED + 1000, 60), "held-out planted text");
    assertEquals(0, result.skipped());

    double[] inQuotes = TextProperties.of(result.text()).get(0).values();
    Unit strongest = null;
    double strongestR = 0;
    for (Unit u : result.correlation().units()) {
      double r = UnitCorrelation.pearson(u.values(result.recording()), inQuotes);
      if (Math.abs(r) > Math.abs(strongestR)) {
        strongest = u;
        strongestR = r;
      }
    }
    assertTrue(Math.abs(strongestR) >= THRESHOLD, "best |r| with in_quotes: " + strongestR + " of " + strongest);
    UnitCorrelation.Match best = result.best(TextProperties.IN_QUOTES);
    assertEquals(strongest, best.unit(), "the ranking's top unit is the strongest one");
    assertEquals(strongestR, best.r(), 1e-9);

    int[] order = shuffled(inQuotes.length, new SplittableRandom(1));
    double[] shuffled = new double[inQuotes.length];
    for (int i = 0; i < order.length; i++) {
      shuffled[i] = inQuotes[order[i]];
    }
    UnitCorrelation control = UnitCorrelation.of(result.recording(),
        List.of(new TextProperty("shuffled", "in_quotes in random order", shuffled)));
    assertTrue(Math.abs(control.best("shuffled").r()) < 0.15, "shuffled: " + control.best("shuffled"));

    CharLanguageModel untrained = CharLanguageModel.create(corpus.vocabulary(), options(SEED));
    double untrainedR = CellsTask.analyse(untrained, result.text(), "same").best(TextProperties.IN_QUOTES).r();
    assertTrue(Math.abs(untrainedR) < 0.3, "untrained: " + untrainedR);

    assertEquals(List.of("i", "f", "o"), result.saturation().stream().map(GateSaturation::gate).toList());
    for (GateSaturation s : result.saturation()) {
      assertTrue(s.meanLeft() >= 0 && s.meanRight() >= 0 && s.meanUnsaturated() >= -1e-12);
    }
  }

  @Test
  void charactersOutsideTheVocabularyAreSkippedAndCounted() {
    CharLanguageModel model = CharLanguageModel.create(TextCorpus.of("t", "ab \"cd\" (ef)\n".repeat(3))
        .vocabulary(), options(1));
    CellsResult r = CellsTask.analyse(model, "a\"bXc\"Yd", "text");
    assertEquals("a\"bc\"d", r.text());
    assertEquals(2, r.skipped());
    assertEquals("'X' (U+0058)", r.firstSkipped());
    assertEquals(6, r.recording().steps());
    var e = assertThrows(IllegalArgumentException.class, () -> CellsTask.analyse(model, "XYZ", "file.txt"));
    assertTrue(e.getMessage().contains("file.txt"), e.getMessage());
  }

  @Test
  void aLongTextIsReadUpToTheLimit() {
    CharLanguageModel model = CharLanguageModel.create(TextCorpus.of("t", "ab cd\n".repeat(4)).vocabulary(),
        new TrainingOptions(org.rnn4j.core.cell.CellType.GRU, 1, 4, 1, 1, 0.1, 1, Optional.empty(), false));
    CellsResult r = CellsTask.analyse(model, "ab cd\n".repeat(CellsTask.MAX_CHARACTERS / 6 + 10), "long");
    assertEquals(CellsTask.MAX_CHARACTERS, r.recording().steps());
    assertEquals(CellsTask.MAX_CHARACTERS, r.text().length());
    assertEquals(6 * (CellsTask.MAX_CHARACTERS / 6 + 10) - CellsTask.MAX_CHARACTERS, r.unread());
    assertEquals(List.of("r", "z"), r.saturation().stream().map(GateSaturation::gate).toList());
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
