/**
 * Recurrent cells with PyTorch's parameters and semantics: {@link org.rnn4j.core.cell.VanillaRnnCell} (tanh or
 * ReLU), {@link org.rnn4j.core.cell.LstmCell} and {@link org.rnn4j.core.cell.GruCell}, built with
 * {@link org.rnn4j.core.cell.Cell#builder}. A cell is the fused point-wise part of one time step, forward and
 * backward side by side; the matrix products and the time loop belong to {@link org.rnn4j.core.bptt.BpttEngine}.
 * {@link org.rnn4j.core.cell.Workspace} holds what forward keeps for backward; {@link org.rnn4j.core.cell.State}
 * is a layer's state ({@code h}, and {@code c} for the LSTM).
 */
package org.rnn4j.core.cell;
