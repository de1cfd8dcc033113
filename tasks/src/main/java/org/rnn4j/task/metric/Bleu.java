package org.rnn4j.task.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Corpus-level BLEU (Papineni et al. 2002) with sacreBLEU's defaults: {@link Tokenizer13a 13a} tokenisation, case
 * kept, n-grams up to 4, the brevity penalty from the corpus hypothesis length and the summed closest reference
 * lengths, and sacreBLEU's {@code exp} smoothing of an n-gram order without matches (mteval-v13a's: the k-th such
 * order gets precision {@code 1 / (2^k * total)}). Scores are on the 0-100 scale; a corpus without a single matching
 * unigram scores 0, and so does one whose hypotheses hold no n-gram of some order at all.
 *
 * <p>Each hypothesis has one or more references; clipped counts use the most frequent occurrence of an n-gram in
 * any of them, and the reference length is the one closest to the hypothesis length (the shorter on a tie).
 * {@link #corpus} takes text and tokenises it; {@link #corpusOfTokens} takes token lists as they are, for callers
 * that have their own tokens.
 */
public final class Bleu {
  /** The largest n-gram order counted. */
  public static final int MAX_ORDER = 4;

  private Bleu() {}

  /**
   * BLEU of detokenised hypotheses against their references, tokenised with 13a.
   *
   * @param hypotheses one line per segment
   * @param references for each hypothesis, its references (at least one)
   * @throws IllegalArgumentException if the lists differ in size or a hypothesis has no reference
   */
  public static Score corpus(List<String> hypotheses, List<List<String>> references) {
    checkSizes(hypotheses.size(), references.size());
    List<List<String>> hyp = new ArrayList<>(hypotheses.size());
    List<List<List<String>>> refs = new ArrayList<>(references.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      hyp.add(Tokenizer13a.tokenize(hypotheses.get(i)));
      List<List<String>> r = new ArrayList<>();
      for (String line : references.get(i)) {
        r.add(Tokenizer13a.tokenize(line));
      }
      refs.add(r);
    }
    return corpusOfTokens(hyp, refs);
  }

  /**
   * BLEU of tokenised hypotheses against their tokenised references (no further tokenisation).
   *
   * @param hypotheses one token list per segment
   * @param references for each hypothesis, its reference token lists (at least one)
   * @throws IllegalArgumentException if the lists differ in size or a hypothesis has no reference
   */
  public static Score corpusOfTokens(List<List<String>> hypotheses, List<List<List<String>>> references) {
    checkSizes(hypotheses.size(), references.size());
    long[] matches = new long[MAX_ORDER];
    long[] totals = new long[MAX_ORDER];
    long hypLength = 0;
    long refLength = 0;
    for (int i = 0; i < hypotheses.size(); i++) {
      List<List<String>> refs = references.get(i);
      if (refs.isEmpty()) {
        throw new IllegalArgumentException("hypothesis " + i + " must have at least one reference, got none");
      }
      List<String> hyp = hypotheses.get(i);
      Map<List<String>, Integer> maxRefCounts = new HashMap<>();
      int closest = -1;
      for (List<String> ref : refs) {
        for (Map.Entry<List<String>, Integer> e : ngramCounts(ref).entrySet()) {
          maxRefCounts.merge(e.getKey(), e.getValue(), Math::max);
        }
        int diff = Math.abs(hyp.size() - ref.size());
        int best = Math.abs(hyp.size() - closest);
        if (closest < 0 || diff < best || diff == best && ref.size() < closest) {
          closest = ref.size();
        }
      }
      for (Map.Entry<List<String>, Integer> e : ngramCounts(hyp).entrySet()) {
        int n = e.getKey().size() - 1;
        totals[n] += e.getValue();
        matches[n] += Math.min(e.getValue(), maxRefCounts.getOrDefault(e.getKey(), 0));
      }
      hypLength += hyp.size();
      refLength += closest;
    }
    return Score.of(matches, totals, hypLength, refLength);
  }

  private static void checkSizes(int hypotheses, int references) {
    if (hypotheses != references) {
      throw new IllegalArgumentException("every hypothesis needs its references: got " + hypotheses
          + " hypotheses and " + references + " reference lists");
    }
  }

  private static Map<List<String>, Integer> ngramCounts(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int n = 1; n <= MAX_ORDER; n++) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * A corpus BLEU score and the statistics it came from.
   *
   * @param score BLEU, 0 to 100
   * @param precisions the (smoothed) n-gram precisions in percent, unigrams first
   * @param brevityPenalty {@code exp(1 - r/c)} when the hypotheses are shorter than the references, else 1
   * @param hypothesisLength tokens in all hypotheses ({@code c})
   * @param referenceLength the summed closest reference lengths ({@code r})
   * @param matches clipped n-gram matches per order
   * @param totals hypothesis n-grams per order
   */
  public record Score(double score, double[] precisions, double brevityPenalty, long hypothesisLength,
      long referenceLength, long[] matches, long[] totals) {

    /** Copies the arrays. */
    public Score {
      precisions = precisions.clone();
      matches = matches.clone();
      totals = totals.clone();
    }

    static Score of(long[] matches, long[] totals, long hypLength, long refLength) {
      double bp = 1.0;
      if (hypLength < refLength) {
        bp = hypLength > 0 ? Math.exp(1.0 - (double) refLength / hypLength) : 0.0;
      }
      double[] precisions = new double[MAX_ORDER];
      if (Arrays.stream(matches).allMatch(m -> m == 0)) {
        return new Score(0.0, precisions, bp, hypLength, refLength, matches, totals);
      }
      double smooth = 1.0;
      for (int n = 0; n < MAX_ORDER; n++) {
        if (totals[n] == 0) {
          break;
        }
        if (matches[n] == 0) {
          smooth *= 2;
          precisions[n] = 100.0 / (smooth * totals[n]);
        } else {
          precisions[n] = 100.0 * matches[n] / totals[n];
        }
      }
      double logSum = 0;
      for (double p : precisions) {
        logSum += p == 0.0 ? -9999999999.0 : Math.log(p);
      }
      return new Score(bp * Math.exp(logSum / MAX_ORDER), precisions, bp, hypLength, refLength, matches, totals);
    }

    @Override
    public double[] precisions() {
      return precisions.clone();
    }

    @Override
    public long[] matches() {
      return matches.clone();
    }

    @Override
    public long[] totals() {
      return totals.clone();
    }

    /** sacreBLEU's summary line: {@code BLEU = 35.36 75.0/33.3/25.0/25.0 (BP = 1.000 ratio = 1.333 ...)}. */
    @Override
    public String toString() {
      double ratio = referenceLength == 0 ? 0 : (double) hypothesisLength / referenceLength;
      return String.format(Locale.ROOT, "BLEU = %.2f %.1f/%.1f/%.1f/%.1f (BP = %.3f ratio = %.3f hyp_len = %d "
          + "ref_len = %d)", score, precisions[0], precisions[1], precisions[2], precisions[3], brevityPenalty,
          ratio, hypothesisLength, referenceLength);
    }
  }
}
