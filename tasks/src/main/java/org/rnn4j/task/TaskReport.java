package org.rnn4j.task;

import java.time.Duration;
import java.util.List;
import org.rnn4j.topology.TrainingResult;

/**
 * What a task run produced: the topology it used, its metrics, example outputs a person can read, and the training
 * history.
 *
 * @param task the task's name, for example {@code sentiment}
 * @param topology the topology's name, for example {@code ManyToOne}
 * @param metrics the headline metrics, the one people quote first
 * @param samples readable examples of the model's output (predictions, generated text, translations)
 * @param training the trainer's loss and validation history
 * @param time wall-clock time of the run
 * @param matrices matrices worth looking at, such as a translation's attention; empty when the task has none
 */
public record TaskReport(String task, String topology, List<Metric> metrics, List<String> samples,
    TrainingResult training, Duration time, List<LabeledMatrix> matrices) {

  /** Copies the lists. */
  public TaskReport {
    metrics = List.copyOf(metrics);
    samples = List.copyOf(samples);
    matrices = List.copyOf(matrices);
  }

  /** A report without matrices. */
  public TaskReport(String task, String topology, List<Metric> metrics, List<String> samples,
      TrainingResult training, Duration time) {
    this(task, topology, metrics, samples, training, time, List.of());
  }

  /** The metric called {@code name}; throws if there is none. */
  public Metric metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric named '" + name + "'; have " + metrics));
  }
}
