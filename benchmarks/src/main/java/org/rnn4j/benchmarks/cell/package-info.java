/**
 * Benchmarks of one recurrent layer under the BPTT engine: forward, and forward plus backward, per cell type and
 * shape (B, X, H, T).
 */
package org.rnn4j.benchmarks.cell;
