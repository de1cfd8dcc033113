/**
 * RNN topologies built on rnn4j-core: one-to-one, one-to-many, many-to-one, sequence-to-sequence, synchronous
 * many-to-many and the language model, and the trainer that drives them. (Work in progress: see the project issues.)
 */
package org.rnn4j.topology;
