package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.cell.State;
import org.rnn4j.core.gradcheck.GradientCheck;
import org.rnn4j.topology.generate.TokenSampler;

class LanguageModelTest {

  private static LanguageModel.Builder tiny(CellType type) {
    return LanguageModel.builder().setCellType(type).setVocabularySize(5).setHiddenSize(4).optLayers(2).optSeed(3);
  }

  private static int[] randomTokens(int n, int v, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = r.nextInt(v);
    }
    return t;
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"RNN_TANH", "LSTM", "GRU"})
  void gradientOfOneChunkGivenADetachedInitialState(CellType type) {
    LanguageModel model = tiny(type).optEmbedding(3).optDropout(0.3).build();
    StreamChunk chunk = StreamChunk.batchify(randomTokens(24, 5, 1), 2, 5).get(1);
    List<State> initial = TrainLoop.randomStates(type, 2, 2, 4, 9, 0.8);
    GradientCheck.builder().setParams(model.params()).optMaxElementsPerParam(16)
        .setObjective(g -> model.lossAndGradients(chunk, initial, new SplittableRandom(5)))
        .build().assertPasses();
  }

  @Test
  void carriedStateIsTheFinalStateOfThePreviousChunk() {
    LanguageModel model = tiny(CellType.GRU).build();
    List<StreamChunk> chunks = StreamChunk.batchify(randomTokens(40, 5, 2), 2, 4);
    SplittableRandom r = new SplittableRandom(1);
    model.lossAndGradients(List.of(chunks.get(0)), r);
    List<State> carried = model.stack().finalStates();
    double viaCarry = model.lossAndGradients(List.of(chunks.get(1)), new SplittableRandom(2));
    double explicit = model.lossAndGradients(chunks.get(1), carried, new SplittableRandom(2));
    assertEquals(explicit, viaCarry, 1e-9);
    double fromZeros = model.lossAndGradients(chunks.get(1), null, new SplittableRandom(2));
    assertTrue(Math.abs(fromZeros - viaCarry) > 1e-6, "the carried state must matter");
    model.startEpoch(1);
    assertEquals(fromZeros, model.lossAndGradients(List.of(chunks.get(1)), new SplittableRandom(2)), 1e-9,
        "after startEpoch the carry is gone");
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"RNN_TANH", "LSTM", "GRU"})
  void recordingReadsTheSequenceWithoutDropoutAndEndsInTheFinalState(CellType type) {
    LanguageModel model = tiny(type).optDropout(0.5).build();
    int[] tokens = randomTokens(9, 5, 6);
    org.rnn4j.core.inspect.StateRecording first = model.record(tokens);
    List<State> finals = model.stack().finalStates();
    org.rnn4j.core.inspect.StateRecording again = model.record(tokens);
    assertEquals(2, first.layerCount());
    assertEquals(9, first.steps());
    assertEquals(type.gateNames(), List.copyOf(first.layer(1).gates().keySet()));
    for (int l = 0; l < 2; l++) {
      float[] h = first.layer(l).hidden().data;
      assertArrayEquals(h, again.layer(l).hidden().data, 0f, "evaluation mode: no dropout, same numbers");
      assertArrayEquals(finals.get(l).h().data, java.util.Arrays.copyOfRange(h, 8 * 4, 9 * 4), 0f);
    }
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"RNN_TANH", "LSTM", "GRU"})
  void steppingEqualsTheWholeSequence(CellType type) {
    LanguageModel model = tiny(type).setVocabularySize(7).setHiddenSize(6).optEmbedding(4).build();
    int[] tokens = randomTokens(12, 7, 4);
    float[] whole = model.logits(tokens);
    LanguageModelGenerator gen = model.generator();
    for (int t = 0; t < tokens.length; t++) {
      float[] step = gen.step(tokens[t]);
      for (int j = 0; j < 7; j++) {
        assertEquals(whole[t * 7 + j], step[j], 1e-5, "step " + t + " logit " + j);
      }
    }
    gen.reset();
    gen.prime(java.util.Arrays.copyOf(tokens, 5));
    float[] afterPrime = gen.step(tokens[5]);
    for (int j = 0; j < 7; j++) {
      assertEquals(whole[5 * 7 + j], afterPrime[j], 1e-5, "prime then step, logit " + j);
    }
  }

  @Test
  void truncationWithinAChunkCutsTheGradientOnlyWhenShorterThanTheChunk() {
    StreamChunk chunk = StreamChunk.batchify(randomTokens(30, 5, 6), 2, 6).get(0);
    List<State> initial = TrainLoop.randomStates(CellType.LSTM, 2, 2, 4, 3, 0.5);
    float[] full = gradients(tiny(CellType.LSTM).build(), chunk, initial);
    assertArrayEquals(full, gradients(tiny(CellType.LSTM).optTruncation(6, 6).build(), chunk, initial), 1e-7f);
    float[] cut = gradients(tiny(CellType.LSTM).optTruncation(2, 3).build(), chunk, initial);
    double diff = 0;
    for (int i = 0; i < full.length; i++) {
      diff = Math.max(diff, Math.abs(full[i] - cut[i]));
    }
    assertTrue(diff > 1e-4, "truncated BPTT(2, 3) must change the gradient of a 6-step chunk, max diff " + diff);
  }

  private static float[] gradients(LanguageModel model, StreamChunk chunk, List<State> initial) {
    model.lossAndGradients(chunk, initial, new SplittableRandom(1));
    int n = (int) model.params().scalarCount();
    float[] all = new float[n];
    int o = 0;
    for (var p : model.params()) {
      System.arraycopy(p.grad().data, 0, all, o, p.size());
      o += p.size();
    }
    return all;
  }

  @Test
  void evaluationCarriesStateLikeTrainingAndMatchesTheTrainingLoss() {
    LanguageModel model = tiny(CellType.GRU).build();
    List<StreamChunk> chunks = StreamChunk.batchify(randomTokens(40, 5, 8), 2, 4);
    model.startEpoch(0);
    double trained = 0;
    long targets = 0;
    for (StreamChunk c : chunks) {
      long n = (long) c.steps() * c.streams();
      trained += model.lossAndGradients(List.of(c), new SplittableRandom(1)) * n;
      targets += n;
    }
    var eval = model.evaluate(chunks);
    assertEquals(targets, eval.targets());
    assertEquals(trained, eval.lossSum(), 1e-4);
  }

  @Test
  void learnsHello() {
    int[] hello = {0, 1, 2, 2, 3};
    LanguageModel model = LanguageModel.builder().setCellType(CellType.RNN_TANH).setVocabularySize(4)
        .setHiddenSize(10).optSeed(1).build();
    List<List<StreamChunk>> batches = List.of(StreamChunk.batchify(hello, 1, 4));
    double loss = TrainLoop.train(model, batches, 200, 0.05, 1);
    assertTrue(loss < 0.05, "loss " + loss);
    assertArrayEquals(new int[] {1, 2, 2, 3}, model.generator().sample(new int[] {0}, 4, TokenSampler.argmax()));
  }

  /**
   * "abcabd" repeated: after "ab" the next letter is c or d depending on the letter before the "a", three steps
   * back. Chunks of 3 steps are shorter than the period, so a model that starts each chunk from zeros cannot know
   * which comes at the start of a chunk; with the state carried across chunks it can.
   */
  @Test
  void carriedStateLearnsAPeriodLongerThanTheChunks() {
    int[] text = new int[604];
    int[] period = {0, 1, 2, 0, 1, 3};
    for (int i = 0; i < text.length; i++) {
      text[i] = period[i % 6];
    }
    List<StreamChunk> chunks = StreamChunk.batchify(text, 4, 3);
    List<List<StreamChunk>> batches = chunks.stream().map(List::of).toList();

    LanguageModel carried = periodicModel();
    TrainLoop.train(carried, batches, 40, 0.02, 7);
    double carriedAccuracy = chunkAccuracy(carried.predict(chunks), chunks);

    LanguageModel reset = periodicModel();
    List<List<StreamChunk>> isolated = chunks.stream()
        .map(c -> List.of(new StreamChunk(0, c.streams(), c.steps(), c.inputs(), c.targets()))).toList();
    TrainLoop.train(reset, isolated, 40, 0.02, 7);
    double resetAccuracy = chunkAccuracy(reset.predict(chunks.stream()
        .map(c -> new StreamChunk(0, c.streams(), c.steps(), c.inputs(), c.targets())).toList()), chunks);

    int[] generated = carried.generator().sample(new int[] {0, 1, 2, 0, 1, 3}, 60, TokenSampler.argmax());
    int correct = 0;
    for (int i = 0; i < generated.length; i++) {
      correct += generated[i] == period[i % 6] ? 1 : 0;
    }
    double generatedAccuracy = correct / (double) generated.length;
    System.out.printf("abcabd: chunk accuracy carried %.3f, reset %.3f; generated after priming %.3f%n",
        carriedAccuracy, resetAccuracy, generatedAccuracy);
    assertTrue(carriedAccuracy >= 0.95, "carried " + carriedAccuracy);
    assertTrue(generatedAccuracy >= 0.95, "generated " + generatedAccuracy);
    assertTrue(resetAccuracy <= 0.92, "reset " + resetAccuracy);
  }

  private static LanguageModel periodicModel() {
    return LanguageModel.builder().setCellType(CellType.GRU).setVocabularySize(4).setHiddenSize(16).optSeed(2)
        .build();
  }

  private static double chunkAccuracy(List<int[]> predicted, List<StreamChunk> chunks) {
    int correct = 0;
    int total = 0;
    for (int i = 0; i < chunks.size(); i++) {
      int[] t = chunks.get(i).targets();
      for (int r = 0; r < t.length; r++) {
        correct += predicted.get(i)[r] == t[r] ? 1 : 0;
        total++;
      }
    }
    return correct / (double) total;
  }

  @Test
  void batchifyCutsParallelStreamsIntoConsecutiveChunks() {
    int[] tokens = new int[23];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = i;
    }
    List<StreamChunk> chunks = StreamChunk.batchify(tokens, 3, 4);
    // 7 tokens per stream (23 / 3, remainder dropped): streams 0..6, 7..13, 14..20; 6 targets each: chunks 4 + 2.
    assertEquals(2, chunks.size());
    StreamChunk first = chunks.get(0);
    assertEquals(4, first.steps());
    assertArrayEquals(new int[] {0, 7, 14, 1, 8, 15, 2, 9, 16, 3, 10, 17}, first.inputs());
    assertArrayEquals(new int[] {1, 8, 15, 2, 9, 16, 3, 10, 17, 4, 11, 18}, first.targets());
    StreamChunk second = chunks.get(1);
    assertEquals(1, second.index());
    assertEquals(2, second.steps());
    assertArrayEquals(new int[] {4, 11, 18, 5, 12, 19}, second.inputs());
    assertArrayEquals(new int[] {5, 12, 19, 6, 13, 20}, second.targets());
  }

  @Test
  void configRoundTrips() {
    LanguageModel a = tiny(CellType.LSTM).optEmbedding(3).optTruncation(2, 3).optDropout(0.25).build();
    LanguageModel b = LanguageModel.fromConfig(a.config());
    assertEquals(a.config(), b.config());
    for (int i = 0; i < a.params().size(); i++) {
      assertEquals(a.params().get(i).name(), b.params().get(i).name());
      assertArrayEquals(a.params().get(i).value().data, b.params().get(i).value().data);
    }
  }

  @Test
  void badInputIsRejectedClearly() {
    LanguageModel model = tiny(CellType.GRU).build();
    LanguageModelGenerator gen = model.generator();
    assertMessage("prime tokens must hold at least one token", () -> gen.prime(new int[0]));
    assertMessage("token must be in [0, 5), got 5", () -> gen.step(5));
    assertMessage("must be token ids in [0, 5), got -1", () -> gen.prime(new int[] {1, -1}));
    assertMessage("length must be positive, got 0", () -> gen.sample(new int[] {1}, 0, TokenSampler.argmax()));
    assertThrows(IllegalStateException.class, () -> gen.generate(3, TokenSampler.argmax()));
    assertMessage("a batch must hold at least one chunk", () -> model.lossAndGradients(List.of(),
        new SplittableRandom(1)));
    StreamChunk bad = new StreamChunk(0, 1, 2, new int[] {1, 2}, new int[] {2, 9});
    assertMessage("chunk 0 targets must be token ids in [0, 5), got 9", () -> model.evaluate(List.of(bad)));
    assertMessage("inputs length (steps * streams) must be 4, got 2",
        () -> new StreamChunk(0, 2, 2, new int[2], new int[4]));
    assertMessage("tokens must hold at least 2 per stream", () -> StreamChunk.batchify(new int[5], 3, 2));
    assertMessage("hiddenSize must be positive, got 0",
        () -> LanguageModel.builder().setCellType(CellType.GRU).setVocabularySize(3).build());
    assertMessage("cellType must be set", () -> LanguageModel.builder().setVocabularySize(3).build());
    assertMessage("k2 must be >= k1", () -> tiny(CellType.GRU).optTruncation(4, 2));
  }

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"LSTM", "GRU"})
  void carriedStateRoundTripsIntoAFreshModelBitForBit(CellType type) {
    List<StreamChunk> chunks = StreamChunk.batchify(randomTokens(60, 5, 6), 2, 4);
    LanguageModel trained = tiny(type).optDropout(0.3).build();
    assertEquals(Map.of(), trained.carriedState(), "no carry before the first chunk");
    trained.lossAndGradients(List.of(chunks.get(0), chunks.get(1)), new SplittableRandom(1));
    Map<String, float[]> carry = trained.carriedState();
    List<String> stateKeys = type == CellType.LSTM ? List.of("h_l0", "c_l0", "h_l1", "c_l1") : List.of("h_l0", "h_l1");
    assertEquals(new java.util.TreeSet<>(concat(List.of("next_chunk"), stateKeys)),
        new java.util.TreeSet<>(carry.keySet()));
    assertArrayEquals(new float[] {0, 2}, carry.get("next_chunk"));
    for (String k : stateKeys) {
      assertEquals(2 * 4, carry.get(k).length, k);
    }
    double l1 = trained.lossAndGradients(List.of(chunks.get(2)), new SplittableRandom(2));
    float[][] g1 = grads(trained);

    LanguageModel fresh = tiny(type).optDropout(0.3).build();  // same seed, same weights
    double fromZeros = fresh.lossAndGradients(List.of(chunks.get(2)), new SplittableRandom(2));
    assertNotEquals(l1, fromZeros, "the carry must matter");
    fresh.restoreCarriedState(carry);
    assertCarryEquals(carry, fresh.carriedState());
    assertEquals(Double.doubleToRawLongBits(l1),
        Double.doubleToRawLongBits(fresh.lossAndGradients(List.of(chunks.get(2)), new SplittableRandom(2))));
    float[][] g2 = grads(fresh);
    for (int i = 0; i < g1.length; i++) {
      assertArrayEquals(g1[i], g2[i], "gradient " + fresh.params().get(i).name());
    }
    assertCarryEquals(trained.carriedState(), fresh.carriedState());

    fresh.startEpoch(1);
    assertEquals(Map.of(), fresh.carriedState(), "startEpoch drops the carry");
    fresh.restoreCarriedState(carry);
    fresh.restoreCarriedState(Map.of());
    assertEquals(Map.of(), fresh.carriedState(), "an empty map means no carry");
  }

  @Test
  void carriedChunkIndexSurvivesBeyondFloatPrecision() {
    int index = (1 << 24) + 3;  // not exact as one float
    int[] tokens = randomTokens(16, 5, 3);
    StreamChunk chunk = new StreamChunk(index, 2, 4, java.util.Arrays.copyOf(tokens, 8),
        java.util.Arrays.copyOfRange(tokens, 8, 16));
    StreamChunk next = new StreamChunk(index + 1, 2, 4, java.util.Arrays.copyOfRange(tokens, 8, 16),
        java.util.Arrays.copyOf(tokens, 8));
    LanguageModel a = tiny(CellType.GRU).build();
    a.lossAndGradients(List.of(chunk), new SplittableRandom(1));
    Map<String, float[]> carry = a.carriedState();
    assertArrayEquals(new float[] {256, 4}, carry.get("next_chunk"));
    double expected = a.lossAndGradients(List.of(next), new SplittableRandom(2));
    LanguageModel b = tiny(CellType.GRU).build();
    b.restoreCarriedState(carry);
    assertEquals(expected, b.lossAndGradients(List.of(next), new SplittableRandom(2)), 0.0);
    assertNotEquals(expected, tiny(CellType.GRU).build().lossAndGradients(List.of(next), new SplittableRandom(2)));
  }

  @Test
  void aCarryThatDoesNotFitIsRejectedNamingTheEntry() {
    List<StreamChunk> chunks = StreamChunk.batchify(randomTokens(40, 5, 6), 2, 4);
    LanguageModel lstm = tiny(CellType.LSTM).build();
    lstm.lossAndGradients(List.of(chunks.get(0)), new SplittableRandom(1));
    Map<String, float[]> good = lstm.carriedState();
    LanguageModel model = tiny(CellType.LSTM).build();

    Map<String, float[]> shortH = new java.util.HashMap<>(good);
    shortH.put("h_l1", new float[6]);
    assertMessage("carried state 'h_l1' must hold 8 values (2 streams x hiddenSize 4, as 'h_l0'), got 6",
        () -> model.restoreCarriedState(shortH));
    Map<String, float[]> ragged = new java.util.HashMap<>(good);
    ragged.put("h_l0", new float[6]);
    assertMessage("carried state 'h_l0' must hold streams x hiddenSize 4 values, got 6",
        () -> model.restoreCarriedState(ragged));
    Map<String, float[]> noC = new java.util.HashMap<>(good);
    noC.remove("c_l1");
    assertMessage("carried state has no entry 'c_l1'", () -> model.restoreCarriedState(noC));
    Map<String, float[]> noIndex = new java.util.HashMap<>(good);
    noIndex.remove("next_chunk");
    assertMessage("carried state has no entry 'next_chunk'", () -> model.restoreCarriedState(noIndex));
    Map<String, float[]> badIndex = new java.util.HashMap<>(good);
    badIndex.put("next_chunk", new float[] {0, 1.5f});
    assertMessage("carried state 'next_chunk' must be {index / 65536, index % 65536} of a chunk index >= 1, got "
        + "[0.0, 1.5]", () -> model.restoreCarriedState(badIndex));
    assertMessage("carried state has unexpected entries [c_l0, c_l1] for a GRU stack of 2 layers",
        () -> tiny(CellType.GRU).build().restoreCarriedState(good));
    assertEquals(Map.of(), model.carriedState(), "a rejected carry changes nothing");
  }

  private static float[][] grads(LanguageModel model) {
    float[][] out = new float[model.params().size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.params().get(i).grad().data.clone();
    }
    return out;
  }

  private static void assertCarryEquals(Map<String, float[]> expected, Map<String, float[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
  }
}
