package org.rnn4j.examples.tour;

import java.nio.file.Path;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;

/**
 * One demo's line in the tour's summary.
 *
 * @param report what the demo's run produced
 * @param headline the metric the summary shows
 * @param page the demo's report page
 */
public record TourEntry(TaskReport report, Metric headline, Path page) {}
