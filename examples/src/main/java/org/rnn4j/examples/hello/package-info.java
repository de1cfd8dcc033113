/**
 * The {@code hello} demo: a character RNN learns to continue "hell" with "ello", after Karpathy's min-char-rnn
 * example, built from rnn4j-core's recurrent stack, dense layer, loss, optimizer and clipping.
 */
package org.rnn4j.examples.hello;
