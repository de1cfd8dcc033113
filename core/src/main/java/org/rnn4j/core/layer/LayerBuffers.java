package org.rnn4j.core.layer;

/** Reused buffers of one layer of a {@link RecurrentStack}, grown on demand and never shrunk. */
final class LayerBuffers {
  private float[] dropped = new float[0];
  private float[] reversedInput = new float[0];
  private float[] concat = new float[0];
  private float[] dInput = new float[0];
  private float[] reversedDInput = new float[0];
  private float[] reversedDOutput = new float[0];

  float[] dropped(int rows, int width) {
    return dropped = grow(dropped, rows * width);
  }

  float[] reversedInput(int rows, int width) {
    return reversedInput = grow(reversedInput, rows * width);
  }

  float[] concat(int rows, int width) {
    return concat = grow(concat, rows * width);
  }

  float[] dInput(int rows, int width) {
    return dInput = grow(dInput, rows * width);
  }

  float[] reversedDInput(int rows, int width) {
    return reversedDInput = grow(reversedDInput, rows * width);
  }

  float[] reversedDOutput(int rows, int width) {
    return reversedDOutput = grow(reversedDOutput, rows * width);
  }

  private static float[] grow(float[] a, int n) {
    return a.length >= n ? a : new float[n];
  }
}
