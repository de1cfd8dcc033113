package org.rnn4j.core.cell;

import org.ejml.data.FMatrixRMaj;

/**
 * The state of an LSTM layer: hidden state {@code h [B x H]} and cell state {@code c [B x H]}.
 *
 * @param h the hidden state
 * @param c the cell state
 */
public record LstmState(FMatrixRMaj h, FMatrixRMaj c) implements State {}
