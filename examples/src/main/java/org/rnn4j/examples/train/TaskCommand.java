package org.rnn4j.examples.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.report.Format;
import org.rnn4j.examples.report.HtmlReport;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.task.DataFileException;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.TrainerListener;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A training command: reads its data (the user's files or the built-in data), trains with live progress, prints the
 * metrics and samples, and writes the report. Exit codes: 0 trained, 1 training diverged or the report could not be
 * written, 2 bad options or a bad data file (one line names it; nothing is trained or written).
 */
public abstract class TaskCommand implements Callable<Integer> {
  /** Exit code of a run whose training diverged or whose report could not be written. */
  public static final int FAILED = 1;
  /** Exit code of bad options or bad data. */
  public static final int BAD_INPUT = 2;

  /** A run ready to train: its data is loaded and valid. */
  @FunctionalInterface
  protected interface Training {
    /** Trains with {@code options}, reporting progress to {@code listener}. */
    TaskReport run(TrainingOptions options, TrainerListener listener);
  }

  @Spec
  private CommandSpec spec;

  @Mixin
  private final TrainingMixin training;

  private final Console console;

  /** A command whose training options default to {@code defaults}, printing progress for {@code console}. */
  protected TaskCommand(TrainingOptions defaults, Console console) {
    this.training = new TrainingMixin(defaults);
    this.console = console;
  }

  /**
   * Checks this command's own options and loads its data.
   *
   * @throws picocli.CommandLine.ParameterException for options that do not go together
   * @throws DataFileException for a data file that is missing, unreadable or malformed
   * @throws BadInputException for other input that cannot be used, such as a data set that cannot be downloaded
   */
  protected abstract Training load();

  /** What data the run uses, for the first line of output ({@code built-in data} or the file names). */
  protected abstract String dataDescription();

  /** The command's spec, for usage errors. */
  protected CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    TrainingOptions options = training.options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    TaskReport report;
    try {
      Training run = load();
      out.println(spec.name() + " on " + dataDescription() + ": " + HtmlReport.settings(options));
      out.flush();
      report = run.run(options, new LiveProgress(out, console.terminal()));
    } catch (DataFileException | BadInputException e) {
      out.flush();
      err.println(name + ": " + e.getMessage());
      return BAD_INPUT;
    }
    print(out, report);
    Path dir = ReportFiles.directory(training.report(), options.checkpoint(), spec.name(), LocalDateTime.now());
    try {
      out.println("report: " + ReportFiles.write(dir, report, options));
    } catch (IOException e) {
      out.flush();
      err.println(name + ": " + ReportFiles.cannotWrite(dir, e));
      return FAILED;
    }
    if (report.training().stopReason() == StopReason.DIVERGED) {
      out.flush();
      err.println(name + ": training diverged: " + report.training().stopMessage() + "; try a smaller --lr (now "
          + options.learningRate() + ")");
      return FAILED;
    }
    return 0;
  }

  /** The metrics table and the samples of {@code report}; a sample's later lines are indented under its first. */
  public static void print(PrintWriter out, TaskReport report) {
    out.println(String.format(Locale.ROOT, "results (%s, %.1f s):", report.topology(),
        report.time().toMillis() / 1000.0));
    int width = report.metrics().stream().mapToInt(m -> m.name().length()).max().orElse(0);
    for (Metric m : report.metrics()) {
      out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s%s", m.name(), Format.metric(m),
          m.unit().isEmpty() ? "" : " " + m.unit()));
    }
    if (!report.samples().isEmpty()) {
      out.println("samples:");
      report.samples().forEach(s -> out.println("  " + s.replaceAll("\\R", System.lineSeparator() + "    ")));
    }
    out.flush();
  }
}
