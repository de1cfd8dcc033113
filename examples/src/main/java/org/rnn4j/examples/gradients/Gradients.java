package org.rnn4j.examples.gradients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.task.gradients.FlowSettings;
import org.rnn4j.task.gradients.GradientFlowExperiment;

/**
 * The gradient-flow experiment as the command and the tour run it: runs {@link GradientFlowExperiment}, writes
 * {@code report.html} into a directory and returns the page with the headline metric (the LSTM's accuracy).
 */
public final class Gradients {
  /** The default seed of the built-in experiment. */
  public static final long SEED = 1;

  private Gradients() {}

  /**
   * What a run produced.
   *
   * @param result the measurements
   * @param page the written {@code report.html}
   * @param time wall time of the experiment (without writing the report)
   */
  public record Run(GradientFlowExperiment.Result result, Path page, Duration time) {

    /** The headline metric: the LSTM's held-out accuracy on the recall task. */
    public double lstmAccuracy() {
      return result.cell(CellType.LSTM).accuracy();
    }
  }

  /** The built-in settings at {@code size}: {@link FlowSettings#full} or {@link FlowSettings#quick}. */
  public static FlowSettings settings(Size size, long seed) {
    return size == Size.QUICK ? FlowSettings.quick(seed) : FlowSettings.full(seed);
  }

  /**
   * Runs the built-in experiment at {@code size} with {@link #SEED} and writes its report into {@code directory}
   * (created if needed).
   */
  public static Run run(Size size, Path directory) throws IOException {
    return run(settings(size, SEED), directory, line -> {});
  }

  /**
   * Runs {@code settings}, reporting progress lines to {@code progress}, and writes the report into
   * {@code directory} (created if needed).
   */
  public static Run run(FlowSettings settings, Path directory, Consumer<String> progress) throws IOException {
    long start = System.nanoTime();
    GradientFlowExperiment.Result result = GradientFlowExperiment.run(settings, progress);
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    Files.createDirectories(directory);
    Path page = directory.resolve(ReportFiles.HTML);
    ReportFiles.writeAtomically(page, GradientsReport.of(result, time));
    return new Run(result, page, time);
  }
}
