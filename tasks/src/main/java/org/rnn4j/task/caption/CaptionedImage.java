package org.rnn4j.task.caption;

import java.util.List;

/**
 * An image, represented by its feature vector, with the captions that describe it.
 *
 * @param id the image's id (a file name in real data, {@code scene-17} in generated data)
 * @param features the feature vector that stands for the image (held as given, not copied)
 * @param captions one or more reference captions, none empty
 * @param description what a person reading a report sees of the image (the scene's content, or the id)
 */
public record CaptionedImage(String id, float[] features, List<String> captions, String description) {

  /** Requires an id, features, at least one non-blank caption and a description. */
  public CaptionedImage {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("an image needs a non-empty id, got " + (id == null ? "none" : "''"));
    }
    if (features == null || features.length == 0) {
      throw new IllegalArgumentException("image '" + id + "' needs at least one feature value, got none");
    }
    if (captions == null || captions.isEmpty()) {
      throw new IllegalArgumentException("image '" + id + "' needs at least one caption, got none");
    }
    captions = List.copyOf(captions);
    for (String c : captions) {
      if (c.isBlank()) {
        throw new IllegalArgumentException("image '" + id + "' has an empty caption");
      }
    }
    if (description == null) {
      throw new IllegalArgumentException("image '" + id + "' needs a description, got null");
    }
  }
}
