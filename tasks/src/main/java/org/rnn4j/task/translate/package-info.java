/**
 * Translation with a sequence-to-sequence model with attention: {@link org.rnn4j.task.translate.PairTsv} reads
 * {@code source<TAB>target} files (Tatoeba/Anki style, any language pair), {@link
 * org.rnn4j.task.translate.BuiltInPairs} generates a small corpus, {@link org.rnn4j.task.translate.TranslateTask}
 * trains and reports test BLEU and example translations, and translates new text from a checkpoint.
 */
package org.rnn4j.task.translate;
