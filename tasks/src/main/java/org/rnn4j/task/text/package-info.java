/**
 * Word-level text for the tasks that read words (sentiment, translation, tagging): a {@link
 * org.rnn4j.task.text.WordTokenizer} that splits text into words and punctuation, and a {@link
 * org.rnn4j.task.text.WordVocabulary} that maps words to ids with reserved padding and unknown-word ids.
 */
package org.rnn4j.task.text;
