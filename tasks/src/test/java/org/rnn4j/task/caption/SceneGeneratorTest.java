package org.rnn4j.task.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnn4j.task.caption.Scene.Colour;
import org.rnn4j.task.caption.Scene.Item;
import org.rnn4j.task.caption.Scene.Place;
import org.rnn4j.task.caption.Scene.Shape;

/** The generated scenes: seeded, and every caption follows from its features alone. */
class SceneGeneratorTest {

  @Test
  void theSameSeedGivesTheSameImagesAndAnotherSeedOthers() {
    List<CaptionedImage> a = new SceneGenerator(3, 0.2).images(50);
    List<CaptionedImage> b = new SceneGenerator(3, 0.2).images(50);
    List<CaptionedImage> c = new SceneGenerator(4, 0.2).images(50);
    for (int i = 0; i < a.size(); i++) {
      assertEquals("scene-" + i, a.get(i).id());
      assertEquals(a.get(i).id(), b.get(i).id());
      assertArrayEquals(a.get(i).features(), b.get(i).features());
      assertEquals(a.get(i).captions(), b.get(i).captions());
      assertEquals(a.get(i).description(), b.get(i).description());
    }
    assertNotEquals(a.stream().map(i -> i.captions().get(0)).toList(),
        c.stream().map(i -> i.captions().get(0)).toList());
  }

  /** Decoding the (noisy) features reproduces the caption, for any noise below 0.5. */
  @ParameterizedTest
  @ValueSource(doubles = {0, SceneGenerator.DEFAULT_NOISE, 0.49})
  void aDecoderOfTheFeaturesReproducesEveryCaption(double noise) {
    Set<String> captions = new HashSet<>();
    for (CaptionedImage image : new SceneGenerator(5, noise).images(2000)) {
      Scene scene = Scene.decode(image.features());
      assertEquals(image.captions(), List.of(scene.caption()), image.id());
      assertEquals(image.description(), scene.description(), image.id());
      if (noise == 0) {
        assertArrayEquals(scene.features(), image.features(), image.id());
      }
      captions.add(scene.caption());
    }
    // 48 one-object scenes + 2 layouts x 12 x 12 two-object scenes = 336; 2000 draws see nearly all
    assertTrue(captions.size() > 300, "distinct captions " + captions.size());
  }

  @Test
  void captionsNameColourShapeAndPlaceTopOrLeftObjectFirst() {
    assertEquals("a red circle on the left",
        new Scene(List.of(new Item(Shape.CIRCLE, Colour.RED, Place.LEFT))).caption());
    assertEquals("a yellow triangle at the bottom",
        new Scene(List.of(new Item(Shape.TRIANGLE, Colour.YELLOW, Place.BOTTOM))).caption());
    Scene stacked = new Scene(List.of(new Item(Shape.TRIANGLE, Colour.GREEN, Place.BOTTOM),
        new Item(Shape.SQUARE, Colour.BLUE, Place.TOP)));
    assertEquals("a blue square above a green triangle", stacked.caption());
    assertEquals("top: blue square; bottom: green triangle", stacked.description());
    assertEquals("a red circle to the left of a yellow square", new Scene(List.of(
        new Item(Shape.SQUARE, Colour.YELLOW, Place.RIGHT), new Item(Shape.CIRCLE, Colour.RED, Place.LEFT)))
        .caption());
    float[] f = stacked.features();
    assertEquals(Scene.FEATURE_WIDTH, f.length);
    int top = Place.TOP.ordinal() * Scene.SLOT_WIDTH;
    assertArrayEquals(new float[] {1, 0, 1, 0, 0, 0, 1, 0}, java.util.Arrays.copyOfRange(f, top, top + 8));
  }

  @Test
  void rejectsImpossibleScenesAndNoiseThatHidesTheCaption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Scene(List.of(
        new Item(Shape.SQUARE, Colour.RED, Place.LEFT), new Item(Shape.CIRCLE, Colour.RED, Place.TOP))));
    assertEquals("two objects must stand in opposite places (top and bottom, or left and right), got LEFT and TOP",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Scene.decode(new float[Scene.FEATURE_WIDTH]));
    assertEquals("noise must be in [0, 0.5) so captions follow from features, got 0.5",
        assertThrows(IllegalArgumentException.class, () -> new SceneGenerator(1, 0.5)).getMessage());
  }

  @Test
  void theSceneVocabularyIsSmallAndFixed() {
    CaptionVocabulary v = CaptionVocabulary.ofImages(new SceneGenerator(1, 0.2).images(2000));
    // <s> </s> <unk>, a, 4 colours, 3 shapes, on the left right at top bottom above to of
    assertEquals(3 + 1 + 4 + 3 + 10, v.size());
  }
}
