package org.rnn4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rnn4j.core.param.Param;
import org.rnn4j.core.param.ParamSet;

/** After the first step, optimizer steps and clipping allocate nothing. */
class NoAllocationTest {
  private static final int CALLS = 300;

  @Test
  void stepsAndClippingDoNotAllocate() {
    com.sun.management.ThreadMXBean threads = threadBean();
    ParamSet params = params();
    List<Optimizer> optimizers = List.of(
        Sgd.builder().setLearningRate(0.01).build(),
        Sgd.builder().setLearningRate(0.01).optMomentum(0.9).optNesterov(true).optWeightDecay(1e-4).build(),
        Adagrad.builder().setLearningRate(0.01).optLrDecay(0.1).optWeightDecay(1e-4).build(),
        RmsProp.builder().setLearningRate(0.01).optMomentum(0.5).optCentered(true).optWeightDecay(1e-4).build(),
        Adam.builder().setLearningRate(1e-3).optWeightDecay(1e-4).build(),
        Adam.builder().setLearningRate(1e-3).optWeightDecay(1e-2).optDecoupledWeightDecay(true).build());
    for (Optimizer o : optimizers) {
      assertNoAllocation(threads, o.toString(), ignored -> o.step(params));
    }
    assertNoAllocation(threads, "clipGlobalNorm", ignored -> GradientClipping.clipGlobalNorm(params, 1e-3));
    assertNoAllocation(threads, "clipValue", ignored -> GradientClipping.clipValue(params, 0.1));
  }

  private static void assertNoAllocation(com.sun.management.ThreadMXBean threads, String what,
      Consumer<Void> call) {
    for (int i = 0; i < 3; i++) {
      call.accept(null);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < CALLS; i++) {
      call.accept(null);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // less than one small object per call: any per-call allocation (even an iterator) would exceed this
    assertTrue(allocated < 16L * CALLS, what + " allocated " + allocated + " bytes in " + CALLS + " calls");
  }

  private static com.sun.management.ThreadMXBean threadBean() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counters");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counters unsupported");
    threads.setThreadAllocatedMemoryEnabled(true);
    return threads;
  }

  private static ParamSet params() {
    Param w = Param.matrix("weight_hh_l0", 16, 4);
    Param b = Param.vector("bias_hh_l0", 16);
    for (Param p : List.of(w, b)) {
      for (int i = 0; i < p.size(); i++) {
        p.value().data[i] = (float) Math.sin(i);
        p.grad().data[i] = (float) Math.cos(i);
      }
    }
    return ParamSet.of(w, b);
  }
}
