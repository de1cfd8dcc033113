package org.rnn4j.task.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A generated scene: one object, or two objects in opposite places (top and bottom, or left and right), each a
 * coloured shape. Its {@link #features() feature vector} stands for the image and its {@link #caption() caption}
 * follows from those features alone, so {@link #decode(float[])} recovers the scene from them.
 *
 * <p>Feature layout ({@link #FEATURE_WIDTH} values): one block of {@link #SLOT_WIDTH} values per {@link Place}, in
 * the order of {@link Place#values()}: {@code [present, circle, square, triangle, red, green, blue, yellow]}, each
 * 1 or 0.
 *
 * <p>Captions: {@code "a red circle on the left"}, {@code "a blue square at the top"}, {@code "a blue square above
 * a green triangle"} (the top object first), {@code "a red circle to the left of a yellow square"} (the left object
 * first).
 *
 * @param objects one or two objects; two stand in opposite places
 */
public record Scene(List<Item> objects) {

  /** A shape. */
  public enum Shape { CIRCLE, SQUARE, TRIANGLE }

  /** A colour. */
  public enum Colour { RED, GREEN, BLUE, YELLOW }

  /** Where an object stands. */
  public enum Place {
    LEFT("on the left"), RIGHT("on the right"), TOP("at the top"), BOTTOM("at the bottom");

    private final String phrase;

    Place(String phrase) {
      this.phrase = phrase;
    }

    /** The place opposite this one. */
    public Place opposite() {
      return switch (this) {
        case LEFT -> RIGHT;
        case RIGHT -> LEFT;
        case TOP -> BOTTOM;
        case BOTTOM -> TOP;
      };
    }
  }

  /**
   * One object of a scene.
   *
   * @param shape its shape
   * @param colour its colour
   * @param place where it stands
   */
  public record Item(Shape shape, Colour colour, Place place) {
    /** Rejects null parts. */
    public Item {
      if (shape == null || colour == null || place == null) {
        throw new IllegalArgumentException("an item needs a shape, a colour and a place, got " + shape + ", "
            + colour + ", " + place);
      }
    }

    /** {@code "red circle"}. */
    String noun() {
      return name(colour) + " " + name(shape);
    }
  }

  /** Values per place in the feature vector. */
  public static final int SLOT_WIDTH = 1 + Shape.values().length + Colour.values().length;
  /** Length of a scene's feature vector. */
  public static final int FEATURE_WIDTH = Place.values().length * SLOT_WIDTH;

  /** Requires one object, or two in opposite places; sorts two objects into caption order (top or left first). */
  public Scene {
    if (objects == null || objects.isEmpty() || objects.size() > 2) {
      throw new IllegalArgumentException("a scene holds one or two objects, got "
          + (objects == null ? "none" : objects.size()));
    }
    if (objects.size() == 2) {
      Item a = objects.get(0);
      Item b = objects.get(1);
      if (a.place().opposite() != b.place()) {
        throw new IllegalArgumentException("two objects must stand in opposite places (top and bottom, or left and"
            + " right), got " + a.place() + " and " + b.place());
      }
      objects = a.place() == Place.TOP || a.place() == Place.LEFT ? List.of(a, b) : List.of(b, a);
    } else {
      objects = List.of(objects.get(0));
    }
  }

  /** The noiseless feature vector (see the class comment for the layout). */
  public float[] features() {
    float[] f = new float[FEATURE_WIDTH];
    for (Item item : objects) {
      int base = item.place().ordinal() * SLOT_WIDTH;
      f[base] = 1;
      f[base + 1 + item.shape().ordinal()] = 1;
      f[base + 1 + Shape.values().length + item.colour().ordinal()] = 1;
    }
    return f;
  }

  /** The one caption of this scene, lower case, words separated by single spaces. */
  public String caption() {
    Item first = objects.get(0);
    if (objects.size() == 1) {
      return "a " + first.noun() + " " + first.place().phrase;
    }
    String relation = first.place() == Place.TOP ? " above a " : " to the left of a ";
    return "a " + first.noun() + relation + objects.get(1).noun();
  }

  /** A short description of what stands where, for reports: {@code "top: blue square; bottom: green triangle"}. */
  public String description() {
    List<String> parts = new ArrayList<>();
    for (Item item : objects) {
      parts.add(name(item.place()) + ": " + item.noun());
    }
    return String.join("; ", parts);
  }

  /**
   * The scene whose noiseless features are nearest to {@code features}: a place holds an object when its presence
   * value exceeds 0.5, with the shape and colour of the largest values. Exact for features with noise below 0.5 in
   * every value.
   *
   * @throws IllegalArgumentException if the width is wrong or the features show no object or an impossible layout
   */
  public static Scene decode(float[] features) {
    if (features == null || features.length != FEATURE_WIDTH) {
      throw new IllegalArgumentException("scene features must hold " + FEATURE_WIDTH + " values, got "
          + (features == null ? "none" : features.length));
    }
    List<Item> items = new ArrayList<>();
    for (Place place : Place.values()) {
      int base = place.ordinal() * SLOT_WIDTH;
      if (features[base] > 0.5f) {
        Shape shape = Shape.values()[argmax(features, base + 1, Shape.values().length)];
        Colour colour = Colour.values()[argmax(features, base + 1 + Shape.values().length, Colour.values().length)];
        items.add(new Item(shape, colour, place));
      }
    }
    return new Scene(items);
  }

  private static int argmax(float[] values, int from, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (values[from + i] > values[from + best]) {
        best = i;
      }
    }
    return best;
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
