package org.rnn4j.core.cell;

import org.ejml.data.FMatrixRMaj;

/**
 * The state of a vanilla RNN or GRU layer: {@code h [B x H]}.
 *
 * @param h the hidden state
 */
public record HiddenState(FMatrixRMaj h) implements State {}
