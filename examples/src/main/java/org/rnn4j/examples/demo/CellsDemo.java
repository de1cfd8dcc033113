package org.rnn4j.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rnn4j.examples.report.CellsReport;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.cells.CellsResult;
import org.rnn4j.task.cells.CellsTask;
import org.rnn4j.task.cells.PlantedText;
import org.rnn4j.task.cells.TextProperties;
import org.rnn4j.task.cells.Unit;
import org.rnn4j.task.cells.UnitCorrelation;
import org.rnn4j.task.charlm.CharLanguageModel;
import org.rnn4j.task.charlm.TextCorpus;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.generate.TokenSampler;
import org.rnn4j.topology.TrainingResult;

/**
 * The interpretable-cells demo: a small LSTM trained on {@link PlantedText} and read over held-out planted text, so
 * a unit that tracks open quotes shows up in seconds. {@link #run} is the whole demo for the tour; the
 * {@code rnn4j cells} command uses its parts.
 */
public final class CellsDemo {
  /** The command's and the report directory's name. */
  public static final String NAME = CellsTask.NAME;
  /** The headline metric: the largest |r| of a unit with {@code in_quotes}. */
  public static final String HEADLINE = "best |r| with in_quotes";
  /** Held-out lines read by the analysis (about 3,000 characters). */
  public static final int HELD_OUT_LINES = 60;
  /** Units shown as heatmaps when none are chosen. */
  public static final int DEFAULT_TOP = 6;
  /** Characters each heatmap shows. */
  public static final int DEFAULT_CHARS = 2000;
  /** Characters of the sample the report shows. */
  public static final int SAMPLE_LENGTH = 300;
  /** Training lines of the quick demo. */
  static final int QUICK_LINES = 200;

  private CellsDemo() {}

  /**
   * What the demo produced.
   *
   * @param report the report page
   * @param result the analysis
   * @param headline {@link #HEADLINE}
   * @param seconds wall-clock time of training and analysis
   * @param training the training history of the model analysed
   */
  public record Outcome(Path report, CellsResult result, Metric headline, double seconds, TrainingResult training) {}

  /** {@link CellsTask#defaults()}; one epoch for {@link Size#QUICK}. */
  public static TrainingOptions options(Size size) {
    TrainingOptions d = CellsTask.defaults();
    return size == Size.FULL ? d : d.withEpochs(1);
  }

  /** The planted training text of {@code seed}: {@link PlantedText#TRAINING_LINES} lines, or 200 when quick. */
  public static TextCorpus trainingText(Size size, long seed) {
    int lines = size == Size.FULL ? PlantedText.TRAINING_LINES : QUICK_LINES;
    return TextCorpus.of("planted text (seed " + seed + ", " + lines + " lines)", PlantedText.generate(seed, lines));
  }

  /** The held-out text the analysis reads: {@link #HELD_OUT_LINES} planted lines from seed {@code seed + 1}. */
  public static String heldOutText(long seed) {
    return PlantedText.generate(seed + 1, HELD_OUT_LINES);
  }

  /** The name of {@link #heldOutText} in reports. */
  public static String heldOutName(long seed) {
    return "held-out planted text (seed " + (seed + 1) + ", " + HELD_OUT_LINES + " lines)";
  }

  /**
   * Trains on the planted text at {@code size}, analyses the held-out text and writes {@code report.html} into
   * {@code directory} (created if needed).
   *
   * @param listener receives training progress; may be null
   * @throws IOException if the report cannot be written
   */
  public static Outcome run(Size size, Path directory, TrainerListener listener) throws IOException {
    long start = System.nanoTime();
    TrainingOptions options = options(size);
    TextCorpus corpus = trainingText(size, options.seed());
    CellsTask.TrainedModel trained = CellsTask.train(corpus, options, Optional.empty(), listener);
    CellsResult result = CellsTask.analyse(trained.model(), heldOutText(options.seed()),
        heldOutName(options.seed()));
    CellsReport.Origin origin = new CellsReport.Origin(List.of(trainedOn(corpus, options, trained)),
        Optional.of(trained.training()), sample(trained.model(), corpus.text(), options.seed()));
    Path page = write(directory, result, shown(result, List.of(), DEFAULT_TOP), 0, DEFAULT_CHARS, origin);
    return new Outcome(page, result, headline(result), (System.nanoTime() - start) / 1e9, trained.training());
  }

  /** A line saying how the model was trained. */
  public static String trainedOn(TextCorpus corpus, TrainingOptions options, CellsTask.TrainedModel trained) {
    double[] losses = trained.training().losses();
    return String.format(java.util.Locale.ROOT, "trained on %s: %d steps (batch %d, Adam %s, seed %d), last loss"
        + " %.3f nats/char", corpus.name(), trained.training().steps(), options.batch(), options.learningRate(),
        options.seed(), losses.length == 0 ? Double.NaN : losses[losses.length - 1]);
  }

  /** {@link #HEADLINE} of {@code result}. */
  public static Metric headline(CellsResult result) {
    return new Metric(HEADLINE, Math.abs(result.best(TextProperties.IN_QUOTES).r()), "");
  }

  /** The chosen units first, then up to {@code top} more found by {@link UnitCorrelation#topUnits}. */
  public static List<CellsReport.Shown> shown(CellsResult result, List<Unit> chosen, int top) {
    List<CellsReport.Shown> shown = new ArrayList<>();
    for (Unit u : chosen) {
      shown.add(new CellsReport.Shown(u, "chosen"));
    }
    int added = 0;
    for (UnitCorrelation.Match m : result.correlation().topUnits(top + chosen.size())) {
      if (added < top && !chosen.contains(m.unit())) {
        shown.add(new CellsReport.Shown(m.unit(), String.format(java.util.Locale.ROOT, "tracks %s, r = %+.3f",
            m.property(), m.r())));
        added++;
      }
    }
    return shown;
  }

  /**
   * Writes the page of {@code result} as {@code directory/report.html}, atomically, with heatmaps of at most
   * {@code maxChars} characters from character {@code from}; returns its path.
   */
  public static Path write(Path directory, CellsResult result, List<CellsReport.Shown> shown, int from,
      int maxChars, CellsReport.Origin origin) throws IOException {
    Files.createDirectories(directory);
    Path page = directory.resolve(ReportFiles.HTML);
    ReportFiles.writeAtomically(page, CellsReport.page(result, shown, from, maxChars, origin));
    return page;
  }

  /**
   * {@value #SAMPLE_LENGTH} characters {@code model} writes after the first character of {@code text}, at
   * {@link CellsReport#SAMPLE_TEMPERATURE}, seeded; "" if that character is not in its vocabulary.
   */
  public static String sample(CharLanguageModel model, String text, long seed) {
    String first = text.isEmpty() ? "" : text.substring(0, text.offsetByCodePoints(0, 1));
    if (first.isEmpty() || !model.vocabulary().contains(first.codePointAt(0))) {
      return "";
    }
    TokenSampler sampler = TokenSampler.builder().optTemperature(CellsReport.SAMPLE_TEMPERATURE).optSeed(seed)
        .build();
    return first + model.sample(first, SAMPLE_LENGTH, sampler);
  }
}
