package org.rnn4j.core.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/**
 * Per-parameter optimizer state: for each parameter of the bound set, one float array per named slot (for example
 * {@code exp_avg} and {@code exp_avg_sq}), each the size of its parameter. Binds to a parameter set by identity,
 * allocates lazily, exports and restores by name.
 */
final class SlotState {
  private final String[] slotNames;
  private final float[] initialValues;
  private Param[] bound;
  private float[][][] slots;

  /** Slots named {@code slotNames}; slot {@code s} starts at {@code initialValues[s]} when allocated. */
  SlotState(String[] slotNames, float[] initialValues) {
    if (slotNames.length != initialValues.length) {
      throw new IllegalArgumentException("one initial value per slot: " + slotNames.length + " names, "
          + initialValues.length + " values");
    }
    this.slotNames = slotNames.clone();
    this.initialValues = initialValues.clone();
  }

  /**
   * Binds to {@code params} on first use (or checks they are the bound ones) and allocates the slots if needed.
   * Returns true when the slots were allocated by this call, that is, on the first step.
   */
  boolean prepare(ParamSet params) {
    if (bound == null) {
      bound = params.list().toArray(new Param[0]);
    } else {
      requireBound(params);
    }
    if (slots != null) {
      return false;
    }
    slots = allocate(bound);
    return true;
  }

  /** The values of slot {@code slot} of parameter {@code index}; only after {@link #prepare}. */
  float[] slot(int slot, int index) {
    return slots[index][slot];
  }

  /** Copies of all slots keyed {@code slotName/paramName}, parameter by parameter; empty before allocation. */
  Map<String, float[]> export(ParamSet params) {
    Map<String, float[]> out = new LinkedHashMap<>();
    if (bound == null) {
      return out;
    }
    requireBound(params);
    if (slots == null) {
      return out;
    }
    for (int i = 0; i < bound.length; i++) {
      for (int s = 0; s < slotNames.length; s++) {
        out.put(key(s, bound[i]), slots[i][s].clone());
      }
    }
    return out;
  }

  /**
   * Rebinds to {@code params} and replaces the slots from {@code tensors}, which must be empty when
   * {@code allocated} is false and hold exactly every slot otherwise. Validates everything before changing anything.
   */
  void restore(ParamSet params, Map<String, float[]> tensors, boolean allocated) {
    Param[] newBound = params.list().toArray(new Param[0]);
    if (!allocated) {
      if (!tensors.isEmpty()) {
        throw new IllegalArgumentException("steps is 0, so a fresh optimizer without state was expected, but "
            + tensors.size() + " state tensors were given: " + tensors.keySet());
      }
      bound = newBound;
      slots = null;
      return;
    }
    int expected = 0;
    for (Param p : newBound) {
      for (int s = 0; s < slotNames.length; s++) {
        float[] values = tensors.get(key(s, p));
        if (values == null) {
          throw new IllegalArgumentException("state tensor '" + key(s, p) + "' is missing; have "
              + tensors.keySet());
        }
        if (values.length != p.size()) {
          throw new IllegalArgumentException("state tensor '" + key(s, p) + "' must have " + p.size()
              + " floats (the size of " + p + "), got " + values.length);
        }
        expected++;
      }
    }
    if (tensors.size() != expected) {
      for (String name : tensors.keySet()) {
        if (!isExpected(name, newBound)) {
          throw new IllegalArgumentException("state tensor '" + name + "' is not state of this optimizer; expected "
              + "names of the form <" + String.join("|", slotNames) + ">/<parameter name>");
        }
      }
    }
    float[][][] copy = allocate(newBound);
    for (int i = 0; i < newBound.length; i++) {
      for (int s = 0; s < slotNames.length; s++) {
        System.arraycopy(tensors.get(key(s, newBound[i])), 0, copy[i][s], 0, newBound[i].size());
      }
    }
    bound = newBound;
    slots = copy;
  }

  private boolean isExpected(String name, Param[] params) {
    for (Param p : params) {
      for (int s = 0; s < slotNames.length; s++) {
        if (key(s, p).equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private void requireBound(ParamSet params) {
    if (params.size() != bound.length) {
      throw new IllegalArgumentException("params must be the " + bound.length + " parameters this optimizer is "
          + "bound to, got " + params.size() + " parameters: " + params);
    }
    for (int i = 0; i < bound.length; i++) {
      if (params.get(i) != bound[i]) {
        throw new IllegalArgumentException("params must be the parameters this optimizer is bound to: parameter "
            + i + " is " + params.get(i) + ", expected the bound " + bound[i]);
      }
    }
  }

  private float[][][] allocate(Param[] params) {
    float[][][] out = new float[params.length][slotNames.length][];
    for (int i = 0; i < params.length; i++) {
      for (int s = 0; s < slotNames.length; s++) {
        out[i][s] = new float[params[i].size()];
        if (initialValues[s] != 0f) {
          Arrays.fill(out[i][s], initialValues[s]);
        }
      }
    }
    return out;
  }

  private String key(int slot, Param p) {
    return slotNames[slot] + "/" + p.name();
  }
}
