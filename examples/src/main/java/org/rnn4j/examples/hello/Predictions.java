package org.rnn4j.examples.hello;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rnn4j.examples.Marks;
import org.rnn4j.core.loss.SoftmaxCrossEntropy;

/**
 * What a model predicts at each step of a sequence: the probability of every next character after reading the
 * inputs so far, against the true next character. Renders as an aligned table.
 */
public final class Predictions {
  private final Vocabulary vocabulary;
  private final String inputs;
  private final String targets;
  private final float[] probs;

  /**
   * The predictions of {@code model} reading {@code inputs} from a zero state, against {@code targets}.
   *
   * @throws Diverged if a logit is not finite
   */
  public static Predictions of(HelloModel model, Vocabulary vocabulary, String inputs, String targets) {
    int v = vocabulary.size();
    float[] probs = model.logits(vocabulary.encode(inputs), null);
    SoftmaxCrossEntropy.softmax(probs, 0, probs, 0, inputs.length(), v);
    return new Predictions(vocabulary, inputs, targets, probs);
  }

  /**
   * Predictions from probabilities {@code [T x V]} row-major, one row per input character.
   *
   * @throws IllegalArgumentException if the sizes disagree
   */
  public Predictions(Vocabulary vocabulary, String inputs, String targets, float[] probs) {
    if (inputs.length() != targets.length() || probs.length != inputs.length() * vocabulary.size()) {
      throw new IllegalArgumentException("need one target and " + vocabulary.size() + " probabilities per input ("
          + inputs.length() + "), got " + targets.length() + " targets and " + probs.length + " probabilities");
    }
    this.vocabulary = vocabulary;
    this.inputs = inputs;
    this.targets = targets;
    this.probs = probs.clone();
  }

  /** Number of steps T. */
  public int steps() {
    return inputs.length();
  }

  /** P(character {@code c} next) at step {@code t} (0-based). */
  public double probability(int t, int c) {
    return probs[t * vocabulary.size() + c];
  }

  /** The most probable next character at step {@code t}. */
  public char predicted(int t) {
    return vocabulary.charAt(Decoder.argmax(probs, t * vocabulary.size(), vocabulary.size()));
  }

  /** Whether the most probable character at step {@code t} is the target. */
  public boolean isCorrect(int t) {
    return predicted(t) == targets.charAt(t);
  }

  /** Number of steps whose most probable character is the target. */
  public int correct() {
    int n = 0;
    for (int t = 0; t < steps(); t++) {
      n += isCorrect(t) ? 1 : 0;
    }
    return n;
  }

  /** The mean over steps of {@code -ln P(target)}, in nats per character. */
  public double loss() {
    double sum = 0;
    for (int t = 0; t < steps(); t++) {
      sum -= Math.log(probability(t, vocabulary.indexOf(targets.charAt(t))));
    }
    return sum / steps();
  }

  /** The table, a header line and one line per step, each step marked right or wrong with {@code marks}. */
  public List<String> table(Marks marks) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("step  input  ");
    for (int c = 0; c < vocabulary.size(); c++) {
      header.append(String.format(Locale.ROOT, "%-7s", "P(" + vocabulary.charAt(c) + ")"));
    }
    lines.add(header.append("target  predicted").toString());
    for (int t = 0; t < steps(); t++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-6d%-7s", t + 1, inputs.charAt(t)));
      for (int c = 0; c < vocabulary.size(); c++) {
        row.append(String.format(Locale.ROOT, "%-7.2f", probability(t, c)));
      }
      row.append(String.format(Locale.ROOT, "%-8s%s  %s", targets.charAt(t), predicted(t),
          isCorrect(t) ? marks.right() : marks.wrong()));
      lines.add(row.toString());
    }
    return lines;
  }
}
