package org.rnn4j.examples.demo;

import java.util.List;

/** The demos, in the tour's order. */
public final class Demos {
  private Demos() {}

  /** Every demo the tour runs. */
  public static List<Demo> all() {
    return List.of(new SentimentDemo(), new PosDemo(), new TranslateDemo(), new CaptionDemo(), new FrameDemo(),
        new CharLmDemo());
  }
}
