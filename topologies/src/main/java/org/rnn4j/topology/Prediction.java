package org.rnn4j.topology;

import java.util.List;

/**
 * A predicted class with the probability of every class.
 *
 * @param label the most probable class
 * @param probabilities one probability per class (two for a sigmoid head: {@code 1 - p} and {@code p})
 */
public record Prediction(int label, float[] probabilities) {

  /**
   * The fraction of {@code examples} whose label the prediction at the same index has.
   *
   * @throws IllegalArgumentException if the lists differ in size or are empty
   */
  public static double accuracy(List<Prediction> predictions, List<LabeledSequence> examples) {
    if (predictions.size() != examples.size() || examples.isEmpty()) {
      throw new IllegalArgumentException("accuracy needs one prediction per example and at least one, got "
          + predictions.size() + " predictions for " + examples.size() + " examples");
    }
    int right = 0;
    for (int i = 0; i < examples.size(); i++) {
      right += predictions.get(i).label() == examples.get(i).label() ? 1 : 0;
    }
    return (double) right / examples.size();
  }
}
