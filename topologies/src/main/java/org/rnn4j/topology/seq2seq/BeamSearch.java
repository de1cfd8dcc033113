package org.rnn4j.topology.seq2seq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy and beam-search decoding over a {@link StepDecoder}.
 *
 * <p>Beam search keeps up to {@code beamSize} live hypotheses. Each step it ranks every one-token extension of
 * every live hypothesis by log-probability (all have the same length, so the length penalty does not change the
 * order) and walks down the ranking: an extension by the end token within the first {@code beamSize} ranks is a
 * finished hypothesis; other extensions refill the live beam up to {@code beamSize}. Search stops when
 * {@code beamSize} hypotheses have finished, when (for α = 0) no live hypothesis can still beat the best finished
 * one, or at the maximum length, where live hypotheses finish without an end token. The result is the finished
 * hypothesis with the highest {@link DecodeOptions#score}; with {@code beamSize} 1 this is exactly greedy decoding.
 */
public final class BeamSearch {
  private BeamSearch() {}

  /** Greedy decoding of every source the decoder was built on (one row each), in order. */
  public static List<Translation> greedy(StepDecoder decoder, int startId, int endId, DecodeOptions options) {
    int rows = decoder.rows();
    List<List<Integer>> tokens = new ArrayList<>();
    List<List<float[]>> attention = new ArrayList<>();
    double[] logP = new double[rows];
    boolean[] done = new boolean[rows];
    boolean[] ended = new boolean[rows];
    int[] feed = new int[rows];
    Arrays.fill(feed, startId);
    for (int r = 0; r < rows; r++) {
      tokens.add(new ArrayList<>());
      attention.add(new ArrayList<>());
    }
    for (int step = 0; step < options.maxLength(); step++) {
      double[] lp = decoder.step(feed);
      int v = lp.length / rows;
      boolean any = false;
      for (int r = 0; r < rows; r++) {
        if (done[r]) {
          continue;
        }
        int best = argmax(lp, r * v, v);
        logP[r] += lp[r * v + best];
        float[] w = decoder.attention(r);
        if (w != null) {
          attention.get(r).add(w);
        }
        if (best == endId) {
          done[r] = true;
          ended[r] = true;
        } else {
          tokens.get(r).add(best);
          feed[r] = best;
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    List<Translation> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] t = tokens.get(r).stream().mapToInt(Integer::intValue).toArray();
      int steps = t.length + (ended[r] ? 1 : 0);
      out.add(new Translation(t, ended[r], logP[r], options.score(logP[r], steps),
          attention.get(r).toArray(float[][]::new)));
    }
    return out;
  }

  /** Beam search for the single source the decoder was built on. */
  public static Translation beam(StepDecoder decoder, int startId, int endId, DecodeOptions options) {
    if (decoder.rows() != 1) {
      throw new IllegalArgumentException("beam search decodes one source at a time, got " + decoder.rows());
    }
    int k = options.beamSize();
    List<Hypothesis> live = List.of(new Hypothesis(new int[0], 0, List.of()));
    List<Translation> finished = new ArrayList<>();
    for (int step = 0; !live.isEmpty(); step++) {
      if (step == options.maxLength()) {
        for (Hypothesis h : live) {
          finished.add(h.finish(false, options));
        }
        break;
      }
      int[] feed = new int[live.size()];
      for (int i = 0; i < feed.length; i++) {
        int[] t = live.get(i).tokens;
        feed[i] = t.length == 0 ? startId : t[t.length - 1];
      }
      double[] lp = decoder.step(feed);
      int v = lp.length / live.size();
      Integer[] order = rank(live, lp, v);
      List<Hypothesis> next = new ArrayList<>();
      List<Integer> parents = new ArrayList<>();
      for (int rank = 0; rank < order.length && next.size() < k; rank++) {
        int c = order[rank];
        int parent = c / v;
        int token = c % v;
        Hypothesis h = live.get(parent);
        Hypothesis extended = h.extend(token, lp[c], decoder.attention(parent));
        if (token == endId) {
          if (rank < k) {
            finished.add(extended.finish(true, options));
          }
        } else {
          next.add(extended);
          parents.add(parent);
        }
      }
      if (finished.size() >= k || next.isEmpty() || cannotImprove(finished, next, options)) {
        break;
      }
      decoder.select(parents.stream().mapToInt(Integer::intValue).toArray());
      live = next;
    }
    Translation best = finished.get(0);
    for (Translation t : finished) {
      if (t.score() > best.score()) {
        best = t;
      }
    }
    return best;
  }

  /** With α = 0 a live hypothesis only loses log-probability: none can beat a finished one scoring higher. */
  private static boolean cannotImprove(List<Translation> finished, List<Hypothesis> live, DecodeOptions options) {
    if (options.lengthPenalty() != 0 || finished.isEmpty()) {
      return false;
    }
    double bestFinished = Double.NEGATIVE_INFINITY;
    for (Translation t : finished) {
      bestFinished = Math.max(bestFinished, t.score());
    }
    for (Hypothesis h : live) {
      if (h.logP > bestFinished) {
        return false;
      }
    }
    return true;
  }

  /** Indices {@code parent * V + token} of all extensions, best first (ties: lower index first). */
  private static Integer[] rank(List<Hypothesis> live, double[] lp, int v) {
    Integer[] order = new Integer[lp.length];
    double[] total = new double[lp.length];
    for (int i = 0; i < lp.length; i++) {
      order[i] = i;
      total[i] = live.get(i / v).logP + lp[i];
    }
    Arrays.sort(order, (a, b) -> total[a] != total[b] ? Double.compare(total[b], total[a]) : Integer.compare(a, b));
    return order;
  }

  private static int argmax(double[] a, int off, int n) {
    int best = 0;
    for (int j = 1; j < n; j++) {
      if (a[off + j] > a[off + best]) {
        best = j;
      }
    }
    return best;
  }

  /** A partial output: its tokens (no end token), log-probability and attention rows. */
  private record Hypothesis(int[] tokens, double logP, List<float[]> attention) {
    Hypothesis extend(int token, double stepLogP, float[] weights) {
      int[] t = Arrays.copyOf(tokens, tokens.length + 1);
      t[tokens.length] = token;
      List<float[]> a = attention;
      if (weights != null) {
        a = new ArrayList<>(attention);
        a.add(weights);
      }
      return new Hypothesis(t, logP + stepLogP, a);
    }

    Translation finish(boolean ended, DecodeOptions options) {
      int[] t = ended ? Arrays.copyOf(tokens, tokens.length - 1) : tokens;
      return new Translation(t, ended, logP, options.score(logP, tokens.length), attention.toArray(float[][]::new));
    }
  }
}
