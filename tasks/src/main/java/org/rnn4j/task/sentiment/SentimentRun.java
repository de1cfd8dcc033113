package org.rnn4j.task.sentiment;

import java.util.Objects;
import org.rnn4j.task.TaskReport;

/**
 * A finished sentiment run: its report and the trained classifier (with the best validation weights).
 *
 * @param report metrics, samples and training history
 * @param classifier the trained model with its vocabulary and labels
 */
public record SentimentRun(TaskReport report, SentimentClassifier classifier) {

  /** Requires both parts. */
  public SentimentRun {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(classifier, "classifier");
  }
}
