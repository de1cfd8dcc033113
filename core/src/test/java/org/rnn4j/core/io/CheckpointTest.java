package org.rnn4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnn4j.core.optim.Adam;
import org.rnn4j.core.optim.Optimizer;
import org.rnn4j.core.optim.Sgd;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

class CheckpointTest {
  @TempDir Path dir;

  private static ParamSet params() {
    return ParamSet.of(Param.matrix("weight", 3, 2), Param.vector("bias", 3));
  }

  private static void fillGrads(ParamSet ps, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (Param p : ps) {
      for (int i = 0; i < p.size(); i++) {
        p.grad().data[i] = (float) r.nextGaussian();
      }
    }
  }

  /** Parameters with random values and an Adam that has taken {@code steps} steps on random gradients. */
  private static Adam trained(ParamSet ps, int steps) {
    SplittableRandom r = new SplittableRandom(7);
    for (Param p : ps) {
      for (int i = 0; i < p.size(); i++) {
        p.value().data[i] = (float) r.nextGaussian();
      }
    }
    Adam adam = Adam.builder().setLearningRate(0.01).build();
    for (int s = 0; s < steps; s++) {
      fillGrads(ps, s);
      adam.step(ps);
    }
    return adam;
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void roundTripRestoresWeightsAndOptimizerSoTrainingContinuesBitForBit() throws IOException {
    ParamSet a = params();
    Adam adamA = trained(a, 3);
    adamA.setLearningRate(0.005);
    Map<String, String> config = Map.of("hidden", "3", "cell", "lstm");
    TrainingPosition pos = new TrainingPosition(2, 5, 17, -99);
    Checkpoint.capture(config, a, adamA, pos)
        .withExtras(Map.of("best", "0.5"), Map.of("loss", Tensor.f64(new int[] {2}, new double[] {1.5, 0.25})))
        .writeTo(dir);

    Checkpoint c = Checkpoint.load(dir);
    assertEquals(config, c.config());
    assertEquals(pos, c.position());
    assertEquals(Map.of("best", "0.5"), c.properties());
    assertArrayEquals(new double[] {1.5, 0.25}, c.extraTensors().get("loss").doubles());
    assertEquals(3, c.optimizer().steps());
    assertEquals(List.of("exp_avg/weight", "exp_avg_sq/weight", "exp_avg/bias", "exp_avg_sq/bias"),
        List.copyOf(c.optimizer().tensors().keySet()));
    assertArrayEquals(new int[] {3, 2}, c.optimizer().tensors().get("exp_avg/weight").shape());

    ParamSet b = params();
    Adam adamB = Adam.builder().setLearningRate(0.01).build();
    c.restoreInto(b, adamB);
    assertEquals(0.005, adamB.learningRate());
    for (int s = 3; s < 6; s++) {
      fillGrads(a, s);
      fillGrads(b, s);
      adamA.step(a);
      adamB.step(b);
    }
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).value().data, b.get(i).value().data, a.get(i).name());
    }
  }

  @Test
  void savingAgainReplacesTheOldGenerationAndLeavesNoTemporaryFile() throws IOException {
    ParamSet ps = params();
    Adam adam = trained(ps, 1);
    Checkpoint.save(dir, Map.of(), ps, adam, TrainingPosition.start(1));
    assertEquals(List.of("checkpoint.json", "extra-1.safetensors", "model-1.safetensors", "optimizer-1.safetensors"),
        files(dir));
    ps.get(0).value().data[0] = 123f;
    Checkpoint.save(dir, Map.of(), ps, adam, new TrainingPosition(0, 1, 1, 1));
    assertEquals(List.of("checkpoint.json", "extra-2.safetensors", "model-2.safetensors", "optimizer-2.safetensors"),
        files(dir));
    assertEquals(123f, Checkpoint.load(dir).weights().get("weight").floats()[0]);
  }

  @Test
  void aCrashBeforeTheManifestIsWrittenLeavesThePreviousCheckpointLoadable() throws IOException {
    ParamSet ps = params();
    Adam adam = trained(ps, 1);
    Checkpoint.save(dir, Map.of(), ps, adam, TrainingPosition.start(1));
    float before = ps.get(0).value().data[0];
    // What a crash after the data files but before the manifest leaves: new-generation files and a temp file.
    Files.write(dir.resolve("model-2.safetensors"), new byte[] {1, 2, 3});
    Files.write(dir.resolve(".checkpoint.json.tmp"), new byte[] {'{'});
    Checkpoint c = Checkpoint.load(dir);
    assertEquals(before, c.weights().get("weight").floats()[0]);
    // The next save skips past the leftover generation and cleans up.
    Checkpoint.save(dir, Map.of(), ps, adam, TrainingPosition.start(1));
    assertEquals(List.of("checkpoint.json", "extra-3.safetensors", "model-3.safetensors", "optimizer-3.safetensors"),
        files(dir));
  }

  @Test
  void aFlippedByteInAnyFileIsRejectedNamingTheFile() throws IOException {
    ParamSet ps = params();
    Checkpoint.save(dir, Map.of("k", "v"), ps, trained(ps, 2), TrainingPosition.start(3));
    for (String name : files(dir)) {
      Path file = dir.resolve(name);
      byte[] original = Files.readAllBytes(file);
      for (int at : new int[] {0, original.length / 2, original.length - 2}) {
        byte[] bad = original.clone();
        bad[at] ^= 0x04;
        Files.write(file, bad);
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> Checkpoint.load(dir),
            name + " byte " + at);
        assertTrue(e.getMessage().startsWith(file + " is corrupt: "), e.getMessage());
      }
      Files.write(file, original);
    }
    Checkpoint.load(dir);
  }

  @Test
  void aTruncatedFileIsRejectedAsTruncated() throws IOException {
    ParamSet ps = params();
    Checkpoint.save(dir, Map.of(), ps, trained(ps, 2), TrainingPosition.start(3));
    Path model = dir.resolve("model-1.safetensors");
    byte[] bytes = Files.readAllBytes(model);
    Files.write(model, Arrays.copyOf(bytes, bytes.length - 4));
    CorruptFileException e = assertThrows(CorruptFileException.class, () -> Checkpoint.load(dir));
    assertEquals(model + " is corrupt: it has " + (bytes.length - 4) + " bytes, the manifest says " + bytes.length
        + " (truncated)", e.getMessage());
    Files.delete(model);
    e = assertThrows(CorruptFileException.class, () -> Checkpoint.load(dir));
    assertEquals(model + " is corrupt: the file is missing (the manifest lists it)", e.getMessage());
  }

  @Test
  void anUnknownVersionIsRejectedAsSuch() throws IOException {
    ParamSet ps = params();
    Checkpoint.save(dir, Map.of(), ps, trained(ps, 1), TrainingPosition.start(3));
    Path manifest = dir.resolve(Checkpoint.MANIFEST);
    String text = Files.readString(manifest).replace("\"version\":1,", "\"version\":2,");
    Files.writeString(manifest, text);
    CorruptFileException e = assertThrows(CorruptFileException.class, () -> Checkpoint.load(dir));
    assertEquals(manifest + " is corrupt: unknown checkpoint format version 2; this rnn4j reads version 1",
        e.getMessage());
  }

  @Test
  void anEmptyDirectoryHasNoCheckpoint() {
    assertEquals(false, Checkpoint.exists(dir));
    assertThrows(NoSuchFileException.class, () -> Checkpoint.load(dir));
  }

  @Test
  void restoreRejectsMissingUnexpectedAndMisShapedTensorsWithoutChangingAnything() throws IOException {
    ParamSet ps = params();
    Adam adam = trained(ps, 1);
    Checkpoint.save(dir, Map.of(), ps, adam, TrainingPosition.start(3));
    Checkpoint c = Checkpoint.load(dir);

    ParamSet missing = ParamSet.of(Param.matrix("weight", 3, 2), Param.vector("bias", 3), Param.vector("gain", 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.restoreInto(missing, null));
    assertEquals("the checkpoint has no tensor 'gain' for parameter gain[3]; it has [weight, bias]", e.getMessage());

    ParamSet shaped = ParamSet.of(Param.matrix("weight", 2, 3), Param.vector("bias", 3));
    e = assertThrows(IllegalArgumentException.class, () -> c.restoreInto(shaped, null));
    assertEquals("tensor 'weight' is F32[3, 2] in the checkpoint, but the parameter is F32[2, 3]", e.getMessage());

    ParamSet fewer = ParamSet.of(Param.matrix("weight", 3, 2));
    e = assertThrows(IllegalArgumentException.class, () -> c.restoreInto(fewer, null));
    assertTrue(e.getMessage().startsWith("checkpoint tensor 'bias' matches no parameter"), e.getMessage());

    ParamSet fresh = params();
    Optimizer sgd = Sgd.builder().setLearningRate(0.1).build();
    e = assertThrows(IllegalArgumentException.class, () -> c.restoreInto(fresh, sgd));
    assertEquals("the checkpoint holds optimizer state of type Adam, but the optimizer to restore is of type Sgd",
        e.getMessage());
    for (Param p : fresh) {
      assertArrayEquals(new float[p.size()], p.value().data, "nothing restored into " + p);
    }
  }

  @Test
  void manifestIsPlainJsonWithTheDocumentedFields() throws IOException {
    ParamSet ps = params();
    Checkpoint.save(dir, Map.of("cell", "gru"), ps, trained(ps, 1), new TrainingPosition(1, 2, 3, 4));
    String text = Files.readString(dir.resolve(Checkpoint.MANIFEST), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("{\"format\":\"rnn4j-checkpoint\",\"version\":1,\"generation\":1,"
        + "\"position\":{\"epoch\":1,\"batch_in_epoch\":2,\"global_step\":3,\"seed\":4},"), text);
    assertTrue(text.contains("\"config\":{\"cell\":\"gru\"}"), text);
  }
}
