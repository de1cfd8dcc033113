/**
 * JMH benchmarks of rnn4j, one sub-package per subject, and {@link org.rnn4j.benchmarks.Report}, which turns JMH's
 * JSON results into a markdown table with effective GFLOP/s and characters per second.
 */
package org.rnn4j.benchmarks;
