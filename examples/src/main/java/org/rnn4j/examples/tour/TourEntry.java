package org.rnn4j.examples.tour;

import java.nio.file.Path;
import java.time.Duration;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.topology.StopReason;

/**
 * One demo's line in the tour's summary.
 *
 * @param topology what network it ran, for example {@code ManyToOne}
 * @param task the demo's name
 * @param headline the metric the summary shows
 * @param time wall-clock time of the demo
 * @param losses its training loss per optimizer step (empty if it trained nothing)
 * @param diverged whether its training diverged
 * @param page the demo's report page
 */
public record TourEntry(String topology, String task, Metric headline, Duration time, double[] losses,
    boolean diverged, Path page) {

  /** Copies the losses. */
  public TourEntry {
    losses = losses.clone();
  }

  /** The line of a task's run, showing its metric {@code headline}. */
  public static TourEntry of(TaskReport report, String headline, Path page) {
    return new TourEntry(report.topology(), report.task(), report.metric(headline), report.time(),
        report.training().losses(), report.training().stopReason() == StopReason.DIVERGED, page);
  }

  /** A copy of the losses. */
  @Override
  public double[] losses() {
    return losses.clone();
  }
}
