package org.rnn4j.core.layer;

import org.rnn4j.core.RowBlock;
import org.rnn4j.core.SequenceShape;

/**
 * Time reversal of a padded batch for the reverse direction of a bidirectional layer: each row is reversed within
 * its own length, so the reverse direction starts at the row's last valid step; padding rows stay in place.
 */
final class Reversal {
  private Reversal() {}

  /** Row (t, b) of {@code dst} = row (len_b - 1 - t, b) of {@code src} for valid steps; padding rows copied as is. */
  static void reverseRows(SequenceShape shape, RowBlock src, RowBlock dst, int width) {
    int batch = shape.batch();
    for (int t = 0; t < shape.steps(); t++) {
      for (int b = 0; b < batch; b++) {
        int len = shape.length(b);
        int srcStep = t < len ? len - 1 - t : t;
        System.arraycopy(src.data(), src.index(srcStep * batch + b, 0), dst.data(), dst.index(t * batch + b, 0),
            width);
      }
    }
  }

  static void addReversedRows(SequenceShape shape, float[] reversed, float[] dst, int width) {
    int batch = shape.batch();
    for (int t = 0; t < shape.steps(); t++) {
      for (int b = 0; b < batch; b++) {
        int len = shape.length(b);
        int srcStep = t < len ? len - 1 - t : t;
        int s = (srcStep * batch + b) * width;
        int o = (t * batch + b) * width;
        for (int j = 0; j < width; j++) {
          dst[o + j] += reversed[s + j];
        }
      }
    }
  }
}
