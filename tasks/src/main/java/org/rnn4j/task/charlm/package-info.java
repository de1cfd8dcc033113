/**
 * The character language model task (char-rnn): any UTF-8 text read strictly as Unicode code points
 * ({@link org.rnn4j.task.charlm.TextCorpus}, {@link org.rnn4j.task.charlm.CharVocabulary}), built-in texts
 * ({@link org.rnn4j.task.charlm.BuiltInTexts}), the checked Tiny Shakespeare download
 * ({@link org.rnn4j.task.charlm.TinyShakespeare}, {@link org.rnn4j.task.charlm.CheckedDownload}), training with the
 * validation loss in nats and bits per character and samples ({@link org.rnn4j.task.charlm.CharLmTask}), and
 * sampling from a checkpoint alone ({@link org.rnn4j.task.charlm.CharLanguageModel}).
 */
package org.rnn4j.task.charlm;
