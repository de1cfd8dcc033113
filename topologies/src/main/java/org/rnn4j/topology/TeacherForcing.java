package org.rnn4j.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rnn4j.core.SequenceShape;
import org.rnn4j.topology.input.PackedTokens;

/**
 * The teacher-forced decoder batch of {@link ConditionedSequence}s: inputs {@code start, y_1 .. y_n} and targets
 * {@code y_1 .. y_n, end}, packed time-major, with the vectors packed {@code [B x C]}.
 */
record TeacherForcing(int[] ids, int[] targets, SequenceShape shape, float[] vectors) {

  static TeacherForcing of(List<ConditionedSequence> batch, int vocabularySize, int startToken, int endToken,
      Function<List<float[]>, float[]> packVectors) {
    if (batch == null || batch.isEmpty()) {
      throw new IllegalArgumentException("a batch must hold at least one example, got none");
    }
    List<int[]> in = new ArrayList<>();
    List<int[]> out = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      ConditionedSequence e = batch.get(i);
      if (e == null) {
        throw new IllegalArgumentException("example " + i + " of the batch is null");
      }
      int[] tokens = e.tokens();
      int[] seqIn = new int[tokens.length + 1];
      int[] seqOut = new int[tokens.length + 1];
      seqIn[0] = startToken;
      for (int t = 0; t < tokens.length; t++) {
        int id = tokens[t];
        if (id < 0 || id >= vocabularySize || id == endToken) {
          throw new IllegalArgumentException("example " + i + " token " + t + " must be in [0, " + vocabularySize
              + ") and not the end token " + endToken + ", got " + id);
        }
        seqIn[t + 1] = id;
        seqOut[t] = id;
      }
      seqOut[tokens.length] = endToken;
      in.add(seqIn);
      out.add(seqOut);
      vectors.add(e.vector());
    }
    PackedTokens ids = PackedTokens.pack(in, startToken);
    PackedTokens targets = PackedTokens.pack(out, endToken);
    return new TeacherForcing(ids.ids(), targets.ids(), ids.shape(), packVectors.apply(vectors));
  }
}
