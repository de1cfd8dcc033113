package org.rnn4j.topology;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.rnn4j.core.io.TrainingPosition;

/**
 * A {@link TrainerListener} that prints a compact one-line progress bar, redrawn in place with a carriage return,
 * and a line per epoch, validation, checkpoint and stop:
 * <pre>
 *   epoch 2/10 [#######.............]  35/100 loss 1.2345 lr 1.0e-03  812 examples/s  0:12 eta 0:40
 * </pre>
 */
public final class ConsoleProgress implements TrainerListener {
  private static final int BAR = 20;

  private final PrintStream out;
  private final long everySteps;
  private boolean lineOpen;

  /** Prints to {@code out}, redrawing the bar every {@code everySteps} ({@code >= 1}) steps. */
  public ConsoleProgress(PrintStream out, long everySteps) {
    this.out = Objects.requireNonNull(out, "out");
    if (everySteps < 1) {
      throw new IllegalArgumentException("everySteps must be >= 1, got " + everySteps);
    }
    this.everySteps = everySteps;
  }

  /** The line for one step, without the carriage return. */
  static String line(StepProgress p) {
    int filled = (int) ((long) BAR * p.batch() / Math.max(1, p.batches()));
    return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %4d/%d loss %.4f lr %.1e %6.0f %s/s %s eta %s",
        p.epoch() + 1, p.epochs(), "#".repeat(filled), ".".repeat(BAR - filled), p.batch(), p.batches(), p.loss(),
        p.learningRate(), p.throughput(), p.throughputUnit(), clock(p.elapsed()), clock(p.eta()));
  }

  /** {@code h:mm:ss} or {@code m:ss}. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void onStep(StepProgress p) {
    if (p.step() % everySteps == 0 || p.batch() == p.batches()) {
      out.print("\r" + line(p));
      out.flush();
      lineOpen = true;
    }
  }

  @Override
  public void onValidation(ValidationRecord r) {
    println(String.format(Locale.ROOT, "  validation at step %d: loss %.4f metric %.4f%s", r.step(), r.meanLoss(),
        r.metric(), r.improved() ? " (best)" : ""));
  }

  @Override
  public void onEpochEnd(int epoch, long step, double meanLoss) {
    println(String.format(Locale.ROOT, "epoch %d done at step %d: mean loss %.4f", epoch + 1, step, meanLoss));
  }

  @Override
  public void onCheckpoint(Path directory, TrainingPosition position) {
    println("  checkpoint at step " + position.globalStep() + " -> " + directory);
  }

  @Override
  public void onStop(StopReason reason, String message) {
    println("stopped (" + reason.name().toLowerCase(Locale.ROOT) + "): " + message);
  }

  private void println(String text) {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
    out.println(text);
  }
}
