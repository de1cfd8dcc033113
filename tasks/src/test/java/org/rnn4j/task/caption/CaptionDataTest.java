package org.rnn4j.task.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.task.DataFileException;

/** The loader of real features and captions: both separators, both caption layouts, and exact error messages. */
class CaptionDataTest {
  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(CaptionDataTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void tsvFeaturesWithTwoColumnCaptionsKeepFileOrderAndEveryCaption() {
    List<CaptionedImage> images = CaptionData.load(resource("features.tsv"), resource("captions.txt"));
    assertEquals(List.of("img1.jpg", "img2.jpg"), images.stream().map(CaptionedImage::id).toList(),
        "img3.jpg has no captions and is left out");
    assertArrayEquals(new float[] {0.5f, -1f, 0.2f}, images.get(0).features());
    assertEquals(List.of("Two men talk"), images.get(0).captions());
    assertEquals(List.of("A dog runs on the grass.", "a brown dog runs"), images.get(1).captions());
    assertEquals("img2.jpg", images.get(1).description());
  }

  @Test
  void csvFeaturesWithAHeaderCrlfAndBlankLinesEqualTheTsv() {
    var tsv = CaptionData.readFeatures(resource("features.tsv"));
    var csv = CaptionData.readFeatures(resource("features.csv"));
    assertEquals(tsv.keySet(), csv.keySet());
    for (String id : tsv.keySet()) {
      assertArrayEquals(tsv.get(id), csv.get(id), id);
    }
  }

  @Test
  void multi30kCaptionsWithCaptionNumbers() {
    List<CaptionedImage> images = CaptionData.load(resource("features.csv"), resource("captions-multi30k.txt"));
    assertEquals(List.of("img1.jpg", "img3.jpg"), images.stream().map(CaptionedImage::id).toList());
    assertEquals(List.of("Two men talk.", "Two people are talking."), images.get(0).captions());
  }

  @Test
  void featureErrorsNameFileLineAndProblem() throws IOException {
    assertFeatureError("a\t1\t2\nb\t1\n", 2, "expected 2 feature values (as on line 1), got 1");
    assertFeatureError("a\t1\t2\nb\t1\tx\n", 2, "feature value 2 'x' is not a number");
    assertFeatureError("a\t1\t2\nb\t1\tNaN\n", 2, "feature value 2 'NaN' is not finite");
    assertFeatureError("a\t1\t2\nb\t1\t0x1p3\n", 2, "feature value 2 '0x1p3' is not a number");
    assertFeatureError("a\t1\t2\n\na\t3\t4\n", 3, "duplicate image id 'a' (first on line 1)");
    assertFeatureError("a\t1\nlonely\n", 2, "expected image_id<TAB>f1<TAB>f2..., got 1 field");
    assertFeatureError("a\t1\n\t2\n", 2, "empty image id");
    assertFeatureError("\n \n", 0, "no feature vectors");
    assertFeatureError("id\tf1\nb\tx\n", 2, "feature value 1 'x' is not a number");
    assertFeatureError("id\tf1\n", 0, "no feature vectors");
    Path bad = Files.write(dir.resolve("f.tsv"), new byte[] {'a', '\t', '1', '\n', 'b', (byte) 0xC3, '\t', '2'});
    assertError(bad, 2, "not valid UTF-8", () -> CaptionData.readFeatures(bad));
    Path npy = Files.writeString(dir.resolve("f.npy"), "a\t1\n");
    assertError(npy, 0, "features must be a .tsv or .csv file, got 'f.npy'", () -> CaptionData.readFeatures(npy));
    Path missing = dir.resolve("missing.tsv");
    assertError(missing, 0, "no such file", () -> CaptionData.readFeatures(missing));
  }

  @Test
  void captionErrorsNameFileLineAndProblem() throws IOException {
    Path features = resource("features.tsv");
    assertCaptionError(features, "img1.jpg\tfine\nimg9.jpg\ta cat\n", 2,
        "image id 'img9.jpg' has no features in " + features);
    assertCaptionError(features, "img1.jpg\tfine\nimg2.jpg\t  \n", 2, "empty caption for image 'img2.jpg'");
    assertCaptionError(features, "img1.jpg\t0\t\n", 1, "empty caption for image 'img1.jpg'");
    assertCaptionError(features, "img1.jpg a dog\n", 1,
        "expected image_id<TAB>caption or image_id<TAB>caption_no<TAB>caption, got 1 field");
    assertCaptionError(features, "\n\nimg1.jpg\t1\t2\tx\n", 3,
        "expected image_id<TAB>caption or image_id<TAB>caption_no<TAB>caption, got 4 fields");
    assertCaptionError(features, "img1.jpg\tfirst\ta dog\n", 1,
        "expected a caption number in field 2 of image_id<TAB>caption_no<TAB>caption, got 'first'");
    assertCaptionError(features, "\n", 0, "no captions");
  }

  private void assertFeatureError(String text, int line, String problem) throws IOException {
    Path file = Files.writeString(dir.resolve("features.tsv"), text, StandardCharsets.UTF_8);
    assertError(file, line, problem, () -> CaptionData.readFeatures(file));
  }

  private void assertCaptionError(Path features, String text, int line, String problem) throws IOException {
    Path file = Files.writeString(dir.resolve("captions.txt"), text, StandardCharsets.UTF_8);
    assertError(file, line, problem, () -> CaptionData.load(features, file));
  }

  private static void assertError(Path file, int line, String problem, Runnable load) {
    DataFileException e = assertThrows(DataFileException.class, load::run);
    assertEquals(file + (line > 0 ? ":" + line : "") + ": " + problem, e.getMessage());
    assertEquals(file, e.file());
    assertEquals(line, e.line());
  }
}
