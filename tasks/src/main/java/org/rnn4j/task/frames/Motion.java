package org.rnn4j.task.frames;

/** How the object moved between the previous frame and this one: the label of a frame. */
public enum Motion {
  /** It stayed in place (also the label of a video's first frame, which has no previous frame). */
  STILL("-"),
  /** It moved one pixel to the left. */
  LEFT("<"),
  /** It moved one pixel to the right. */
  RIGHT(">");

  private final String symbol;

  Motion(String symbol) {
    this.symbol = symbol;
  }

  /** A one-character symbol for reports: {@code - < >}. */
  public String symbol() {
    return symbol;
  }

  /** The position change this motion makes. */
  public int step() {
    return switch (this) {
      case STILL -> 0;
      case LEFT -> -1;
      case RIGHT -> 1;
    };
  }

  /** The motion from position {@code previous} to {@code current}, which differ by at most one. */
  public static Motion between(int previous, int current) {
    return switch (current - previous) {
      case 0 -> STILL;
      case -1 -> LEFT;
      case 1 -> RIGHT;
      default -> throw new IllegalArgumentException("an object moves at most one pixel per frame, got "
          + previous + " -> " + current);
    };
  }
}
