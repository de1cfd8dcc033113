package org.rnn4j.task.frames;

/**
 * A generated "video": frames of a one-dimensional strip of pixels, one of which shows an object, with noise; each
 * frame labelled with the object's {@link Motion} since the previous frame. A frame alone does not tell the label;
 * the frame before it does, so {@link #decode(float[][])} recovers every label from the frames.
 *
 * @param frames one row of pixel values per frame, all of one width (held as given)
 * @param labels one {@link Motion} ordinal per frame
 * @param positions the object's pixel in each frame
 */
public record FrameVideo(float[][] frames, int[] labels, int[] positions) {

  /** Requires one label and one position per frame. */
  public FrameVideo {
    if (frames == null || labels == null || positions == null || frames.length == 0) {
      throw new IllegalArgumentException("a video needs at least one frame with its label and position");
    }
    if (labels.length != frames.length || positions.length != frames.length) {
      throw new IllegalArgumentException("a video needs one label and one position per frame (" + frames.length
          + "), got " + labels.length + " and " + positions.length);
    }
  }

  /** Number of frames. */
  public int length() {
    return frames.length;
  }

  /**
   * The labels the frames show: the object is at each frame's brightest pixel, and the label is the move from the
   * previous frame's position ({@link Motion#STILL} for the first frame). Exact for noise below 0.5 per pixel.
   */
  public static int[] decode(float[][] frames) {
    int[] labels = new int[frames.length];
    int previous = -1;
    for (int t = 0; t < frames.length; t++) {
      int position = 0;
      for (int i = 1; i < frames[t].length; i++) {
        if (frames[t][i] > frames[t][position]) {
          position = i;
        }
      }
      labels[t] = (t == 0 ? Motion.STILL : Motion.between(previous, position)).ordinal();
      previous = position;
    }
    return labels;
  }

  /** {@code "positions 3 4 4 | motion - > -"}: where the object was and how it moved. */
  public String describe() {
    StringBuilder p = new StringBuilder("positions");
    for (int position : positions) {
      p.append(' ').append(position);
    }
    return p + " | motion " + symbols(labels);
  }

  /** The motions' symbols separated by spaces: {@code "- > > <"}. */
  public static String symbols(int[] labels) {
    StringBuilder s = new StringBuilder();
    for (int label : labels) {
      s.append(s.length() == 0 ? "" : " ").append(Motion.values()[label].symbol());
    }
    return s.toString();
  }
}
