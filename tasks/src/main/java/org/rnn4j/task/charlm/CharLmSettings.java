package org.rnn4j.task.charlm;

import java.util.List;
import org.rnn4j.core.Checks;

/**
 * The settings of a character language model run beyond the common {@link org.rnn4j.task.TrainingOptions}.
 *
 * @param sequenceLength characters per training chunk (the length of backpropagation through time)
 * @param sampleLength characters to generate per sample
 * @param temperatures one sample per temperature, each finite and {@code > 0}
 * @param prime the text samples start from; empty for the corpus's first character
 */
public record CharLmSettings(int sequenceLength, int sampleLength, List<Double> temperatures, String prime,
    java.util.Optional<java.time.Duration> timeLimit) {

  /** Validates every setting, naming the first bad one. */
  public CharLmSettings {
    Checks.positive("sequence length", sequenceLength);
    Checks.positive("sample length", sampleLength);
    if (temperatures == null) {
      throw new IllegalArgumentException("temperatures must be a list, got null");
    }
    temperatures = List.copyOf(temperatures);
    for (double t : temperatures) {
      if (!(t > 0) || Double.isInfinite(t)) {
        throw new IllegalArgumentException("every temperature must be a finite number > 0, got " + t);
      }
    }
    if (prime == null) {
      prime = "";
    }
    if (timeLimit == null) {
      timeLimit = java.util.Optional.empty();
    }
  }

  /** char-rnn's: chunks of 50 characters; samples of 300 characters at temperatures 0.5, 0.8 and 1.0. */
  public static CharLmSettings defaults() {
    return new CharLmSettings(50, 300, List.of(0.5, 0.8, 1.0), "", java.util.Optional.empty());
  }

  /** A copy with another sequence length. */
  public CharLmSettings withSequenceLength(int length) {
    return new CharLmSettings(length, sampleLength, temperatures, prime, timeLimit);
  }

  /** A copy with another sample length. */
  public CharLmSettings withSampleLength(int length) {
    return new CharLmSettings(sequenceLength, length, temperatures, prime, timeLimit);
  }

  /** A copy with other temperatures. */
  public CharLmSettings withTemperatures(List<Double> newTemperatures) {
    return new CharLmSettings(sequenceLength, sampleLength, newTemperatures, prime, timeLimit);
  }

  /** A copy with another prime text. */
  public CharLmSettings withPrime(String newPrime) {
    return new CharLmSettings(sequenceLength, sampleLength, temperatures, newPrime, timeLimit);
  }

  /** A copy that stops training when {@code limit} has passed (validated and checkpointed there). */
  public CharLmSettings withTimeLimit(java.time.Duration limit) {
    return new CharLmSettings(sequenceLength, sampleLength, temperatures, prime, java.util.Optional.of(limit));
  }
}
