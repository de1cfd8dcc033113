/**
 * Sentiment classification (many-to-one): {@code sentence<TAB>label} files ({@link
 * org.rnn4j.task.sentiment.SentimentTsv}), a built-in generated corpus with negations ({@link
 * org.rnn4j.task.sentiment.SentimentData#builtIn()}), and the task run that trains a word-embedding recurrent
 * classifier and reports its test accuracy ({@link org.rnn4j.task.sentiment.SentimentTask}).
 */
package org.rnn4j.task.sentiment;
