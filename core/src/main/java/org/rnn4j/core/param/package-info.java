/**
 * Trainable parameters: {@link org.rnn4j.core.param.Param} (a value and its gradient, PyTorch name and shape),
 * {@link org.rnn4j.core.param.ParamSet} (the one ordered registry that optimizers, clipping, gradient checks and
 * checkpoints walk) and {@link org.rnn4j.core.param.Init} (seeded initialisers).
 */
package org.rnn4j.core.param;
