package org.rnn4j.task.caption;

import java.util.Arrays;
import java.util.List;

/**
 * How well generated captions match their references, each image having one or more references.
 *
 * <ul>
 *   <li><b>exact match</b>: the fraction of images whose generated caption equals one of its references word for
 *       word.</li>
 *   <li><b>token accuracy</b>: generated and reference captions are compared position by position, each followed by
 *       the end token; an image scores the positions of its reference (end token included) that the generated
 *       caption has right, against the reference that scores most. The metric is the sum of the scores over the sum
 *       of the lengths of those references (plus one each): a caption that stops early or runs on loses the end
 *       token's position and any it left out.</li>
 * </ul>
 */
public final class CaptionMetrics {
  private CaptionMetrics() {}

  /** The fraction of {@code generated} captions equal to one of their {@code references}; 0 for no images. */
  public static double exactMatch(List<int[]> generated, List<List<int[]>> references) {
    check(generated, references);
    if (generated.isEmpty()) {
      return 0;
    }
    int exact = 0;
    for (int i = 0; i < generated.size(); i++) {
      for (int[] reference : references.get(i)) {
        if (Arrays.equals(generated.get(i), reference)) {
          exact++;
          break;
        }
      }
    }
    return (double) exact / generated.size();
  }

  /** The token accuracy of {@code generated} against {@code references} (see the class comment); 0 for none. */
  public static double tokenAccuracy(List<int[]> generated, List<List<int[]>> references) {
    check(generated, references);
    long right = 0;
    long total = 0;
    for (int i = 0; i < generated.size(); i++) {
      int[] g = generated.get(i);
      int bestRight = -1;
      int bestLength = 0;
      for (int[] reference : references.get(i)) {
        int r = matches(g, reference);
        if (r > bestRight || r == bestRight && reference.length + 1 < bestLength) {
          bestRight = r;
          bestLength = reference.length + 1;
        }
      }
      right += bestRight;
      total += bestLength;
    }
    return total == 0 ? 0 : (double) right / total;
  }

  /** Positions {@code 0..reference.length} where {@code generated + end} equals {@code reference + end}. */
  private static int matches(int[] generated, int[] reference) {
    int right = 0;
    for (int t = 0; t < reference.length; t++) {
      right += t < generated.length && generated[t] == reference[t] ? 1 : 0;
    }
    return right + (generated.length == reference.length ? 1 : 0);
  }

  private static void check(List<int[]> generated, List<List<int[]>> references) {
    if (generated == null || references == null || generated.size() != references.size()) {
      throw new IllegalArgumentException("need one reference list per generated caption, got "
          + (generated == null ? "no captions" : generated.size() + " captions") + " and "
          + (references == null ? "no references" : references.size() + " reference lists"));
    }
    for (int i = 0; i < references.size(); i++) {
      if (references.get(i).isEmpty()) {
        throw new IllegalArgumentException("image " + i + " has no reference caption");
      }
    }
  }
}
