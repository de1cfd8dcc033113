/**
 * Part-of-speech tagging: {@link org.rnn4j.task.pos.ConllU} reads the word forms and UPOS tags of Universal
 * Dependencies files, {@link org.rnn4j.task.pos.GeneratedTreebank} and {@link org.rnn4j.task.pos.PosTask#sample()}
 * are the built-in data, and {@link org.rnn4j.task.pos.PosTask} trains a bidirectional LSTM
 * ({@link org.rnn4j.topology.ManyToMany}) and reports token accuracy overall, on unknown words and per tag.
 */
package org.rnn4j.task.pos;
