package org.rnn4j.task.gradients;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rnn4j.core.Checks;
import org.rnn4j.topology.LabeledSequence;

/**
 * The first-symbol recall task: a sequence is one symbol from {@code classes} classes followed by
 * {@code distractors} symbols from a disjoint alphabet of {@code distractorSymbols} tokens; the label is the first
 * symbol. The answer therefore lies {@code distractors} steps before the loss, and chance accuracy is
 * {@code 1 / classes}. Tokens {@code 0 .. classes-1} are the classes, the rest are distractors.
 *
 * @param classes number of classes (symbols the first step can hold), at least 2
 * @param distractors number of distractor steps after the first symbol, at least 1
 * @param distractorSymbols size of the distractor alphabet, at least 1
 */
public record RecallData(int classes, int distractors, int distractorSymbols) {

  /** Validates the sizes. */
  public RecallData {
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be >= 2, got " + classes);
    }
    Checks.positive("distractors", distractors);
    Checks.positive("distractorSymbols", distractorSymbols);
  }

  /** The number of distinct tokens: classes plus distractor symbols. */
  public int vocabulary() {
    return classes + distractorSymbols;
  }

  /** Steps per sequence: the first symbol and the distractors. */
  public int length() {
    return distractors + 1;
  }

  /** Chance accuracy, {@code 1 / classes}. */
  public double chance() {
    return 1.0 / classes;
  }

  /** {@code count} sequences drawn from {@code seed}; the same seed gives the same sequences. */
  public List<LabeledSequence> generate(int count, long seed) {
    Checks.positive("count", count);
    SplittableRandom random = new SplittableRandom(seed);
    List<LabeledSequence> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int[] tokens = new int[length()];
      int label = random.nextInt(classes);
      tokens[0] = label;
      for (int t = 1; t < tokens.length; t++) {
        tokens[t] = classes + random.nextInt(distractorSymbols);
      }
      out.add(LabeledSequence.ofTokens(tokens, label));
    }
    return out;
  }
}
