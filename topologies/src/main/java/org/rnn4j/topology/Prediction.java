package org.rnn4j.topology;

/**
 * A predicted class with the probability of every class.
 *
 * @param label the most probable class
 * @param probabilities one probability per class (two for a sigmoid head: {@code 1 - p} and {@code p})
 */
public record Prediction(int label, float[] probabilities) {}
