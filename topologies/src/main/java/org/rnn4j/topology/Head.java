package org.rnn4j.topology;

/** The output layer's loss: what the logits mean and how a prediction is read from them. */
public enum Head {
  /** Multi-class: one logit per class, softmax cross-entropy; labels in {@code [0, classes)}. */
  SOFTMAX,
  /** Binary: one logit, sigmoid binary cross-entropy; labels 0 or 1. */
  SIGMOID,
  /** Regression: one output per target value, mean squared error. */
  MSE;

  /** Parses a head name ignoring case. */
  public static Head parse(String name) {
    for (Head h : values()) {
      if (h.name().equalsIgnoreCase(name)) {
        return h;
      }
    }
    throw new IllegalArgumentException("head must be one of softmax, sigmoid, mse, got '" + name + "'");
  }
}
