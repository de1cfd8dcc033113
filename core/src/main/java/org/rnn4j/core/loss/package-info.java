/**
 * Losses over time-major row blocks: {@link org.rnn4j.core.loss.SoftmaxCrossEntropy},
 * {@link org.rnn4j.core.loss.SigmoidBinaryCrossEntropy} and {@link org.rnn4j.core.loss.MeanSquaredError}.
 *
 * <p>Each loss returns the loss of a batch and, when given a buffer, writes dLoss/dInput into it in one pass. All
 * are mask-aware: with a {@link org.rnn4j.core.SequenceShape}, padded rows are never read, contribute nothing to the
 * loss and get exactly zero gradient; without one every row counts. Losses are accumulated in double and reduced
 * with a {@link org.rnn4j.core.loss.Reduction} whose {@code MEAN} matches PyTorch's default (the mean over valid
 * elements). Invalid inputs (targets out of range, NaN or infinite values, buffers too small) throw
 * {@link java.lang.IllegalArgumentException} naming the argument, the row and column, and the value; nothing is
 * written then.
 */
package org.rnn4j.core.loss;
