package org.rnn4j.task.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;

/** CaptionTask on the built-in scenes and on loaded real-format data. */
class CaptionTaskTest {

  /** The defaults learn the scenes: test exact match >= 0.95 and token accuracy >= 0.99 on unseen images. */
  @Test
  void learnsTheBuiltInScenes() {
    SceneGenerator scenes = new SceneGenerator(7, SceneGenerator.DEFAULT_NOISE);
    List<CaptionedImage> train = scenes.images(2000);
    List<CaptionedImage> valid = scenes.images(200);
    List<CaptionedImage> test = scenes.images(300);
    TaskReport report = CaptionTask.run(train, valid, test, CaptionTask.defaults(), null);
    double exact = report.metric(CaptionTask.EXACT_MATCH).value();
    double tokens = report.metric(CaptionTask.TOKEN_ACCURACY).value();
    System.out.printf("caption: exact match %.3f, token accuracy %.4f after %d steps (%s), %.2f s%n", exact, tokens,
        report.training().steps(), report.training().stopReason(), report.time().toMillis() / 1e3);
    report.samples().forEach(s -> System.out.println("  " + s));

    assertEquals("caption", report.task());
    assertEquals("OneToMany", report.topology());
    assertTrue(exact >= 0.95, "test exact match " + exact);
    assertTrue(tokens >= 0.99, "test token accuracy " + tokens);
    double bleu = report.metric(CaptionTask.BLEU).value();
    assertTrue(bleu >= 95 && bleu <= 100, "test BLEU " + bleu);
    assertEquals(exact == 1.0, bleu == 100.0, "BLEU is 100 exactly when every caption matches");
    assertEquals(CaptionTask.SAMPLES, report.samples().size());
    assertEquals("image: " + test.get(0).description() + " | reference: " + test.get(0).captions().get(0)
        + " | generated: ", report.samples().get(0).substring(0, report.samples().get(0).lastIndexOf(": ") + 2));
  }

  /** The same data and options give the same losses, metrics and samples. */
  @Test
  void runsAreDeterministic() {
    SceneGenerator scenes = new SceneGenerator(2, SceneGenerator.DEFAULT_NOISE);
    List<CaptionedImage> train = scenes.images(200);
    List<CaptionedImage> valid = scenes.images(20);
    List<CaptionedImage> test = scenes.images(20);
    TrainingOptions options = CaptionTask.defaults().withEpochs(2);
    TaskReport a = CaptionTask.run(train, valid, test, options, null);
    TaskReport b = CaptionTask.run(train, valid, test, options, null);
    assertArrayEquals(a.training().losses(), b.training().losses());
    assertEquals(a.training().validations(), b.training().validations());
    assertEquals(a.metrics(), b.metrics());
    assertEquals(a.samples(), b.samples());
  }

  /** Loaded images with several captions each train and report; a test caption with unseen words still scores. */
  @Test
  void runsOnLoadedFeaturesWithSeveralCaptionsPerImage() {
    List<CaptionedImage> images = CaptionData.load(CaptionDataTest.resource("features.csv"),
        CaptionDataTest.resource("captions-multi30k.txt"));
    TrainingOptions options = new TrainingOptions(org.rnn4j.core.cell.CellType.LSTM, 1, 8, 3, 2, 1e-2, 1,
        Optional.empty(), false);
    TaskReport report = CaptionTask.run(images, List.of(), images, options, null);
    assertEquals(StopReason.COMPLETED, report.training().stopReason());
    assertEquals(3 * 2, report.training().steps(), "3 epochs of 3 captions in batches of 2");
    assertEquals(2, report.samples().size());
    assertTrue(report.samples().get(0).startsWith("image: img1.jpg | reference: Two men talk. | generated: "),
        report.samples().get(0));
  }
}
