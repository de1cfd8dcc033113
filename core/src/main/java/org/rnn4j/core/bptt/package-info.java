/**
 * Backpropagation through time. {@link org.rnn4j.core.bptt.BpttEngine} is the one time loop: a batched input
 * projection, one recurrent GEMM and a fused cell step per time step, and the weight gradients as large GEMMs after
 * the loop. {@link org.rnn4j.core.bptt.Tape} is what a forward pass leaves for backward,
 * {@link org.rnn4j.core.bptt.Truncation} chooses full or truncated BPTT(k1, k2), and
 * {@link org.rnn4j.core.bptt.GradientFlow} records {@code ||dL/dh_t||} per step to observe vanishing and exploding
 * gradients.
 */
package org.rnn4j.core.bptt;
