/**
 * RNN topologies built on rnn4j-core: one-to-one, one-to-many, many-to-one, sequence-to-sequence, synchronous
 * many-to-many and the language model, and the {@link org.rnn4j.topology.Trainer} that drives them (batches,
 * validation, early stopping, checkpoints and bit-identical resume). (Topologies are work in progress: see the
 * project issues.)
 */
package org.rnn4j.topology;
