/**
 * {@code rnn4j gradients}: how {@code ||dL/dh_t||} decays with distance from the loss in a vanilla RNN, an LSTM and a
 * GRU on the first-symbol recall task, the spectral radii of their recurrent weights, and what gradient clipping
 * changes when gradients explode; console tables and a self-contained HTML report.
 */
package org.rnn4j.examples.gradients;
