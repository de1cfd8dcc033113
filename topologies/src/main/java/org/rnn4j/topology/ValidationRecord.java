package org.rnn4j.topology;

/**
 * One evaluation on the validation data.
 *
 * @param epoch the epoch in progress (0 for the first)
 * @param step optimizer steps done when it ran
 * @param meanLoss the mean loss per target over the validation data
 * @param metric the value of the validation metric (equal to {@code meanLoss} for the default metric)
 * @param improved whether {@code metric} was the best so far
 */
public record ValidationRecord(int epoch, long step, double meanLoss, double metric, boolean improved) {}
