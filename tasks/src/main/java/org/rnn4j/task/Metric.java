package org.rnn4j.task;

/**
 * A measured result of a task, for example {@code accuracy 0.912} or {@code validation loss 1.58 nats/char}.
 *
 * @param name what was measured
 * @param value the value
 * @param unit the unit ("" when dimensionless, "%" is not used: fractions stay fractions)
 */
public record Metric(String name, double value, String unit) {}
