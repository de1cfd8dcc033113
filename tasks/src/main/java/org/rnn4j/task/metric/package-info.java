/**
 * Metrics people quote, computed as the reference tools compute them: {@link org.rnn4j.task.metric.Bleu} (corpus
 * BLEU with sacreBLEU's defaults) over any token lists, and its {@link org.rnn4j.task.metric.Tokenizer13a}.
 */
package org.rnn4j.task.metric;
