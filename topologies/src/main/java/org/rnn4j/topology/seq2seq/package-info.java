/**
 * The parts of {@link org.rnn4j.topology.Seq2Seq}: the network ({@link org.rnn4j.topology.seq2seq.EncoderDecoder},
 * {@link org.rnn4j.topology.seq2seq.Bridge}, {@link org.rnn4j.topology.seq2seq.LuongAttention}), its settings
 * ({@link org.rnn4j.topology.seq2seq.Architecture}), step-by-step decoding
 * ({@link org.rnn4j.topology.seq2seq.StepDecoder}, {@link org.rnn4j.topology.seq2seq.BeamSearch},
 * {@link org.rnn4j.topology.seq2seq.DecodeOptions}) and the example and result records
 * ({@link org.rnn4j.topology.seq2seq.SentencePair}, {@link org.rnn4j.topology.seq2seq.Translation}).
 */
package org.rnn4j.topology.seq2seq;
