/**
 * Gradient flow through time: a long-range recall task, the measured norm of {@code dL/dh_t} by distance from the
 * loss, its per-step decay rate, the spectral radius of the recurrent weights, and what global-norm clipping changes
 * when gradients explode. {@link org.rnn4j.task.gradients.GradientFlowExperiment} runs it all for the vanilla RNN,
 * LSTM and GRU at one size and budget.
 */
package org.rnn4j.task.gradients;
