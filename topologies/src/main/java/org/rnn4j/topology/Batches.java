package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.rnn4j.core.Checks;

/**
 * How an epoch's examples are grouped into batches. The batches of an epoch are a pure function of the data, the
 * run's seed and the epoch number, so a resumed run sees the same batches as one that never stopped. Every example
 * is in exactly one batch per epoch; the last batch may be smaller.
 *
 * @param <E> the example type
 */
@FunctionalInterface
public interface Batches<E> {

  /** The batches of epoch {@code epoch} (0 for the first) of {@code data} for a run seeded with {@code seed}. */
  List<List<E>> epoch(List<E> data, long seed, int epoch);

  /** Batches of {@code batchSize} consecutive examples in data order, the same every epoch (for stateful models). */
  static <E> Batches<E> sequential(int batchSize) {
    Checks.positive("batchSize", batchSize);
    return (data, seed, epoch) -> chunk(data, identity(data.size()), batchSize);
  }

  /** Batches of {@code batchSize} examples of a seeded random permutation that differs from epoch to epoch. */
  static <E> Batches<E> shuffled(int batchSize) {
    Checks.positive("batchSize", batchSize);
    return (data, seed, epoch) -> {
      int[] order = identity(data.size());
      shuffle(order, new SplittableRandom(Seeds.mix(seed, Seeds.SHUFFLE, epoch)));
      return chunk(data, order, batchSize);
    };
  }

  /**
   * Batches of examples of similar length, for less padding: a seeded shuffle, then within each pool of
   * {@code 50 * batchSize} examples a stable sort by {@code length} cut into batches, then a shuffle of the batch
   * order. Which examples share a batch still varies between epochs where lengths tie or pools differ.
   */
  static <E> Batches<E> bucketed(int batchSize, ToIntFunction<E> length) {
    Checks.positive("batchSize", batchSize);
    if (length == null) {
      throw new IllegalArgumentException("length must be a function of an example, got null");
    }
    return (data, seed, epoch) -> {
      SplittableRandom random = new SplittableRandom(Seeds.mix(seed, Seeds.BUCKET, epoch));
      int[] order = identity(data.size());
      shuffle(order, random);
      int pool = 50 * batchSize;
      List<List<E>> batches = new ArrayList<>();
      for (int from = 0; from < order.length; from += pool) {
        List<Integer> members = new ArrayList<>();
        for (int i = from; i < Math.min(order.length, from + pool); i++) {
          members.add(order[i]);
        }
        members.sort(Comparator.comparingInt(i -> length.applyAsInt(data.get(i))));
        int[] sorted = members.stream().mapToInt(Integer::intValue).toArray();
        batches.addAll(chunk(data, sorted, batchSize));
      }
      int[] batchOrder = identity(batches.size());
      shuffle(batchOrder, random);
      List<List<E>> out = new ArrayList<>(batches.size());
      for (int b : batchOrder) {
        out.add(batches.get(b));
      }
      return out;
    };
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static <E> List<List<E>> chunk(List<E> data, int[] order, int batchSize) {
    List<List<E>> out = new ArrayList<>();
    for (int from = 0; from < order.length; from += batchSize) {
      List<E> batch = new ArrayList<>(batchSize);
      for (int i = from; i < Math.min(order.length, from + batchSize); i++) {
        batch.add(data.get(order[i]));
      }
      out.add(List.copyOf(batch));
    }
    return out;
  }
}
