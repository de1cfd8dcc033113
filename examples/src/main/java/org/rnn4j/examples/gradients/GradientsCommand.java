package org.rnn4j.examples.gradients;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.gradients.FlowSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rnn4j gradients}: vanilla RNN, LSTM and GRU of one size trained on the first-symbol recall task;
 * {@code ||dL/dh_t||} against distance from the loss, decay rates, spectral radii, accuracies and a clipping
 * comparison, as a table and an HTML report.
 */
@Command(name = "gradients", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Gradient flow through time: vanilla RNN vs LSTM vs GRU, spectral radii and clipping.",
    description = {"Trains a vanilla RNN, an LSTM and a GRU of the same size with the same budget and seed to recall "
        + "the first of N+1 symbols, measures ||dL/dh_t|| against the distance from the loss (at initialisation and "
        + "after training) and its decay per step, the spectral radius of each W_hh gate block and the held-out "
        + "accuracy; then trains a vanilla RNN whose W_hh is scaled so that gradients explode, with and without "
        + "global-norm clipping. Prints a table and writes report.html (self-contained, inline SVG)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the experiment ran and the report was written", "1:the report could not be written",
        "2:invalid options"})
public final class GradientsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--distance", paramLabel = "N",
      description = "Distractor steps between the symbol and the loss (default: 60; 20 with --quick).")
  private Integer distance;

  @Option(names = "--hidden", paramLabel = "H", description = "Hidden units of every cell (default: 32; 16 with "
      + "--quick).")
  private Integer hidden;

  @Option(names = "--steps", paramLabel = "S", description = "Training steps per cell, the shared budget (default: "
      + "2000; 400 with --quick).")
  private Integer steps;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of weights, data and batches (default: "
      + "${DEFAULT-VALUE}).")
  private long seed = Gradients.SEED;

  @Option(names = "--quick", description = "A few seconds: a shorter task, smaller cells and budget.")
  private boolean quick;

  @Option(names = "--report", paramLabel = "DIR", description = "Write report.html here (default: "
      + "reports/gradients-<time>).")
  private Path report;

  @Override
  public Integer call() {
    FlowSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = ReportFiles.directory(Optional.ofNullable(report), Optional.empty(), "gradients",
        LocalDateTime.now());
    out.println(String.format(Locale.ROOT, "recall the first of %d symbols (%d classes, chance %.3f); hidden %d; %s; "
        + "seed %d", settings.data().length(), settings.data().classes(), settings.data().chance(),
        settings.hiddenSize(), GradientsReport.budget(settings.budget()), settings.seed()));
    out.flush();
    Gradients.Run run;
    try {
      run = Gradients.run(settings, dir, line -> {
        out.println("  " + line);
        out.flush();
      });
    } catch (IOException e) {
      out.flush();
      err.println(spec.qualifiedName() + ": " + ReportFiles.cannotWrite(dir, e));
      return TaskCommand.FAILED;
    }
    out.println();
    out.print(GradientsText.of(run.result()));
    out.println(GradientsReport.headline(run.result()));
    out.println(String.format(Locale.ROOT, "time: %.1f s", run.time().toMillis() / 1000.0));
    out.println("report: " + run.page());
    out.flush();
    return 0;
  }

  private FlowSettings settings() {
    FlowSettings s = Gradients.settings(quick ? Size.QUICK : Size.FULL, seed);
    if (distance != null) {
      s = s.withDistractors(atLeast("--distance", distance, 2));
    }
    if (hidden != null) {
      s = s.withHiddenSize(atLeast("--hidden", hidden, 1));
    }
    if (steps != null) {
      s = s.withSteps(atLeast("--steps", steps, 1));
    }
    return s;
  }

  private int atLeast(String option, int value, int min) {
    if (value < min) {
      throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", got " + value);
    }
    return value;
  }
}
