package org.rnn4j.examples.train;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.rnn4j.topology.StepProgress;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.TrainerListener;
import org.rnn4j.topology.ValidationRecord;

/**
 * Training progress for a person: on a terminal a bar redrawn in place (epoch, batch, loss, throughput, elapsed time
 * and ETA) at most ten times a second; elsewhere (a file, a pipe, a test) a plain line every few seconds instead of
 * redraws. Both print a line per epoch, validation and stop.
 */
public final class LiveProgress implements TrainerListener {
  private static final int BAR = 24;
  private static final long TERMINAL_EVERY_NANOS = 100_000_000L;
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter out;
  private final boolean terminal;
  private final LongSupplier clock;
  private long lastDraw = Long.MIN_VALUE;
  private boolean lineOpen;

  /** Progress on {@code out}, redrawn in place when {@code terminal}. */
  public LiveProgress(PrintWriter out, boolean terminal) {
    this(out, terminal, System::nanoTime);
  }

  /** As {@link #LiveProgress(PrintWriter, boolean)} with {@code clock} in nanoseconds. */
  LiveProgress(PrintWriter out, boolean terminal, LongSupplier clock) {
    this.out = Objects.requireNonNull(out, "out");
    this.terminal = terminal;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The text of the progress line for {@code p}. */
  static String line(StepProgress p) {
    int filled = (int) ((long) BAR * p.batch() / Math.max(1, p.batches()));
    return String.format(Locale.ROOT, "epoch %d/%d [%s%s] %d/%d loss %.4f  %.0f %s/s  %s eta %s", p.epoch() + 1,
        p.epochs(), "#".repeat(filled), ".".repeat(BAR - filled), p.batch(), p.batches(), p.loss(), p.throughput(),
        p.throughputUnit(), clock(p.elapsed()), clock(p.eta()));
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void onStep(StepProgress p) {
    long now = clock.getAsLong();
    boolean last = p.batch() == p.batches();
    if (terminal) {
      if (last || lastDraw == Long.MIN_VALUE || now - lastDraw >= TERMINAL_EVERY_NANOS) {
        out.print("\r" + line(p) + "\u001b[K");
        out.flush();
        lineOpen = true;
        lastDraw = now;
      }
    } else if (lastDraw == Long.MIN_VALUE) {
      lastDraw = now;
    } else if (now - lastDraw >= PLAIN_EVERY_NANOS && !last) {
      println(line(p));
      lastDraw = now;
    }
  }

  @Override
  public void onValidation(ValidationRecord r) {
    println(String.format(Locale.ROOT, "  validation at step %d: loss %.4f, metric %.4f%s", r.step(), r.meanLoss(),
        r.metric(), r.improved() ? " (best so far)" : ""));
  }

  @Override
  public void onEpochEnd(int epoch, long step, double meanLoss) {
    println(String.format(Locale.ROOT, "epoch %d done at step %d: mean loss %.4f", epoch + 1, step, meanLoss));
  }

  @Override
  public void onStop(StopReason reason, String message) {
    println("stopped (" + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + message);
  }

  private void println(String text) {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
    out.println(text);
    out.flush();
  }
}
