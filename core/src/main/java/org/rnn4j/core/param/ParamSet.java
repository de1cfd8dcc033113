package org.rnn4j.core.param;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The one ordered registry of a model's parameters. Optimizers, clipping, gradient checks and checkpoints all walk
 * it in this order. Names are unique within a set.
 */
public final class ParamSet implements Iterable<Param> {
  private final ImmutableList<Param> params;

  private ParamSet(ImmutableList<Param> params) {
    Set<String> names = new HashSet<>();
    for (Param p : params) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("parameter names must be unique, got '" + p.name() + "' twice");
      }
    }
    this.params = params;
  }

  /** A set of the given parameters, in order. */
  public static ParamSet of(Param... params) {
    return new ParamSet(ImmutableList.copyOf(params));
  }

  /** A set of the given parameters, in order. */
  public static ParamSet of(List<Param> params) {
    return new ParamSet(ImmutableList.copyOf(params));
  }

  /** The parameters of several sets, concatenated in order. */
  public static ParamSet concat(ParamSet... sets) {
    ImmutableList.Builder<Param> all = ImmutableList.builder();
    for (ParamSet s : sets) {
      all.addAll(s.params);
    }
    return new ParamSet(all.build());
  }

  /** The parameters, in order. */
  public List<Param> list() {
    return params;
  }

  /** Number of parameters (tensors). */
  public int size() {
    return params.size();
  }

  /** The {@code i}-th parameter. */
  public Param get(int i) {
    return params.get(i);
  }

  /** The parameter called {@code name}; throws if there is none. */
  public Param get(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no parameter named '" + name + "'; have " + params);
  }

  /** Total number of scalars over all parameters. */
  public long scalarCount() {
    long n = 0;
    for (Param p : params) {
      n += p.size();
    }
    return n;
  }

  /** Sets every gradient to zero. */
  public void zeroGrad() {
    for (Param p : params) {
      p.zeroGrad();
    }
  }

  /** The L2 norm of all gradients taken together, accumulated in double. */
  public double gradNorm() {
    double sum = 0;
    for (Param p : params) {
      for (float g : p.grad().data) {
        sum += (double) g * g;
      }
    }
    return Math.sqrt(sum);
  }

  @Override
  public Iterator<Param> iterator() {
    return params.iterator();
  }

  @Override
  public String toString() {
    return params.toString();
  }
}
