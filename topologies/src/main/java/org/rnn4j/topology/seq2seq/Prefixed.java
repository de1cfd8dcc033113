package org.rnn4j.topology.seq2seq;

import java.util.ArrayList;
import java.util.List;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Parameters under a module prefix ({@code encoder.weight_ih_l0}), sharing storage with the originals.
 *
 * <p>Needed because an encoder and a decoder {@link org.rnn4j.core.layer.RecurrentStack} both name their
 * parameters {@code weight_ih_l0}, ..., and a {@link ParamSet} requires unique names, while the stack has no name
 * prefix option. Each returned parameter's value and gradient arrays are the original's arrays, so an update
 * through either is seen by both.
 */
final class Prefixed {
  private Prefixed() {}

  /** The parameters of {@code set}, renamed {@code prefix + name}, aliasing the originals' values and gradients. */
  static ParamSet of(String prefix, ParamSet set) {
    List<Param> renamed = new ArrayList<>();
    for (Param p : set) {
      Param q = p.shape().length == 1 ? Param.vector(prefix + p.name(), p.size())
          : Param.matrix(prefix + p.name(), p.rows(), p.cols());
      q.value().data = p.value().data;
      q.grad().data = p.grad().data;
      renamed.add(q);
    }
    return ParamSet.of(renamed);
  }
}
