package org.rnn4j.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {
  private static final List<Integer> DATA = IntStream.range(0, 103).boxed().collect(Collectors.toList());

  private static List<Integer> flat(List<List<Integer>> batches) {
    List<Integer> out = new ArrayList<>();
    batches.forEach(out::addAll);
    return out;
  }

  private static void assertCoversEachOnce(List<List<Integer>> batches, int batchSize) {
    List<Integer> all = flat(batches);
    assertEquals(DATA, all.stream().sorted().collect(Collectors.toList()), "every example exactly once");
    for (List<Integer> b : batches) {
      assertTrue(b.size() >= 1 && b.size() <= batchSize, "batch size " + b.size());
    }
  }

  @Test
  void shuffledIsSeededAndDiffersPerEpoch() {
    Batches<Integer> b = Batches.shuffled(10);
    List<List<Integer>> e0 = b.epoch(DATA, 5, 0);
    assertCoversEachOnce(e0, 10);
    assertEquals(11, e0.size());
    assertEquals(e0, b.epoch(DATA, 5, 0), "same seed and epoch, same batches");
    assertNotEquals(e0, b.epoch(DATA, 5, 1), "another epoch, another order");
    assertNotEquals(e0, b.epoch(DATA, 6, 0), "another seed, another order");
    assertNotEquals(DATA, flat(e0), "actually shuffled");
    assertCoversEachOnce(b.epoch(DATA, 5, 1), 10);
  }

  @Test
  void sequentialKeepsDataOrder() {
    List<List<Integer>> e = Batches.<Integer>sequential(10).epoch(DATA, 5, 3);
    assertEquals(DATA, flat(e));
    assertEquals(List.of(100, 101, 102), e.get(10));
  }

  @Test
  void bucketedReducesPaddingAndCoversEveryExampleOnce() {
    List<LinearModel.Example> data = LinearModel.data(400, 1, 3);
    Batches<LinearModel.Example> bucketed = Batches.bucketed(8, LinearModel.Example::length);
    Batches<LinearModel.Example> shuffled = Batches.shuffled(8);
    for (int epoch = 0; epoch < 2; epoch++) {
      List<List<LinearModel.Example>> bb = bucketed.epoch(data, 1, epoch);
      List<LinearModel.Example> all = new ArrayList<>();
      bb.forEach(all::addAll);
      assertEquals(data.size(), all.size());
      assertEquals(data.size(), all.stream().map(System::identityHashCode).distinct().count(), "no duplicates");
      long bucketPad = padding(bb);
      long shufflePad = padding(shuffled.epoch(data, 1, epoch));
      assertTrue(bucketPad * 5 < shufflePad, "bucketed padding " + bucketPad + " vs shuffled " + shufflePad);
    }
    assertNotEquals(bucketed.epoch(data, 1, 0), bucketed.epoch(data, 1, 1), "batch order differs per epoch");
    assertEquals(bucketed.epoch(data, 1, 0), bucketed.epoch(data, 1, 0));
  }

  private static long padding(List<List<LinearModel.Example>> batches) {
    long pad = 0;
    for (List<LinearModel.Example> b : batches) {
      int max = b.stream().mapToInt(LinearModel.Example::length).max().orElse(0);
      for (LinearModel.Example e : b) {
        pad += max - e.length();
      }
    }
    return pad;
  }
}
