/**
 * The {@code rnn4j} command-line tool ({@link org.rnn4j.examples.Main}): runnable demos on built-in data.
 */
package org.rnn4j.examples;
