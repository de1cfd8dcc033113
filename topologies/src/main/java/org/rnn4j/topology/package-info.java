/**
 * Every RNN topology on rnn4j-core, behind one training contract ({@link org.rnn4j.topology.SequenceModel}):
 * {@link org.rnn4j.topology.OneToOne}, {@link org.rnn4j.topology.OneToMany}, {@link org.rnn4j.topology.ManyToOne},
 * {@link org.rnn4j.topology.ManyToMany}, {@link org.rnn4j.topology.Seq2Seq} and
 * {@link org.rnn4j.topology.LanguageModel}; and the {@link org.rnn4j.topology.Trainer} that drives them all
 * (batching, validation, early stopping, checkpoints and resume).
 */
package org.rnn4j.topology;
