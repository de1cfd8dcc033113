/**
 * Optimizers, gradient clipping and learning-rate schedules with PyTorch's semantics.
 *
 * <p>{@link org.rnn4j.core.optim.Sgd}, {@link org.rnn4j.core.optim.Adagrad}, {@link org.rnn4j.core.optim.RmsProp}
 * and {@link org.rnn4j.core.optim.Adam} implement {@link org.rnn4j.core.optim.Optimizer}; each follows its
 * {@code torch.optim} counterpart step for step in float32, and the tests compare trajectories with ones recorded
 * from PyTorch. A training step is: zero the gradients, run forward and backward, clip with
 * {@link org.rnn4j.core.optim.GradientClipping}, then {@code optimizer.step(params)}. Optimizer state (moments,
 * momentum buffers) is exported and restored by name for checkpoints, so a resumed run continues bit for bit.
 */
package org.rnn4j.core.optim;
