/**
 * Turning token sequences into the time-major float rows recurrent layers read: {@link
 * org.rnn4j.topology.input.PackedTokens} pads a batch, {@link org.rnn4j.topology.input.TokenInput} encodes it one-hot
 * or through a learned embedding.
 */
package org.rnn4j.topology.input;
