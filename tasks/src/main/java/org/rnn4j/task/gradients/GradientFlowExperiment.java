package org.rnn4j.task.gradients;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.param.Param;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;

/**
 * Vanilla RNN, LSTM and GRU of one hidden size trained on the same {@link RecallData} batches with the same budget
 * and seed; for each, {@code ||dL/dh||} by distance from the loss and the recurrent spectral radii before and after
 * training, and held-out accuracy. Then the {@link ClippingComparison}: a vanilla RNN whose recurrent weight is
 * scaled so that gradients explode, trained with and without global-norm clipping. The gated cells start with their
 * memory gate open ({@link FlowSettings#memoryGateBias()}: the LSTM's forget gate, the GRU's update gate); for
 * comparison their flow with PyTorch's initialisation (bias 0) is measured too. The same settings give the same
 * numbers.
 */
public final class GradientFlowExperiment {
  /** The cells compared, in report order. */
  public static final List<CellType> CELLS = List.of(CellType.RNN_TANH, CellType.LSTM, CellType.GRU);

  private GradientFlowExperiment() {}

  /**
   * What one run measured.
   *
   * @param settings what was run
   * @param cells one entry per cell of {@link #CELLS}, in that order
   * @param pytorchInit the flow of each gated cell (LSTM, GRU) with PyTorch's initialisation (memory-gate bias 0)
   *     before training: how much of its flow at initialisation is owed to the open memory gate
   * @param clipping the clipping comparison
   */
  public record Result(FlowSettings settings, List<CellFlow> cells, List<InitialFlow> pytorchInit,
      ClippingComparison clipping) {

    /** Copies the list and array. */
    public Result {
      Objects.requireNonNull(settings, "settings");
      cells = List.copyOf(cells);
      pytorchInit = List.copyOf(pytorchInit);
      Objects.requireNonNull(clipping, "clipping");
    }

    /** The entry of {@code type} in {@link #pytorchInit()}. */
    public InitialFlow pytorchInit(CellType type) {
      return pytorchInit.stream().filter(c -> c.cell() == type).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no PyTorch-initialised flow for cell " + type));
    }

    /** The entry of {@code type}. */
    public CellFlow cell(CellType type) {
      return cells.stream().filter(c -> c.cell() == type).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no result for cell " + type));
    }
  }

  /** Runs the experiment, reporting a line of progress after each part to {@code progress}. */
  public static Result run(FlowSettings settings, Consumer<String> progress) {
    SplittableRandom seeds = new SplittableRandom(settings.seed());
    long modelSeed = seeds.nextLong();
    long trainSeed = seeds.nextLong();
    RecallData data = settings.data();
    List<LabeledSequence> probe = data.generate(settings.probeBatch(), seeds.nextLong());
    List<LabeledSequence> test = data.generate(settings.testSize(), seeds.nextLong());
    List<CellFlow> cells = new ArrayList<>();
    for (CellType type : CELLS) {
      CellFlow flow = runCell(type, settings, modelSeed, trainSeed, probe, test);
      progress.accept(String.format("%-8s accuracy %.3f, ||dL/dh|| decay per step %.3f at init, %.3f trained",
          type, flow.accuracy(), flow.decayAtInit().factor(), flow.decayTrained().factor()));
      cells.add(flow);
    }
    List<InitialFlow> pytorchInit = new ArrayList<>();
    for (CellType type : List.of(CellType.LSTM, CellType.GRU)) {
      ManyToOne pytorch = ManyToOne.builder().setCellType(type).setHiddenSize(settings.hiddenSize())
          .setVocabulary(data.vocabulary()).setClasses(data.classes()).optSeed(modelSeed).build();
      double[] flow = FlowProbe.byDistance(pytorch, probe);
      pytorchInit.add(new InitialFlow(type, flow, DecayRate.fit(flow, 1)));
    }
    ClippingComparison clipping = compareClipping(settings, modelSeed, seeds.nextLong(), seeds.nextLong());
    progress.accept(String.format("clipping: max loss %.3f unclipped, %.3f clipped; accuracy %.3f and %.3f",
        clipping.unclipped().maxLoss(), clipping.clipped().maxLoss(), clipping.unclippedAccuracy(),
        clipping.clippedAccuracy()));
    return new Result(settings, cells, pytorchInit, clipping);
  }

  /**
   * A recall model of {@code type} with the settings' sizes and, for a gated cell, its memory gate opened: the
   * second gate block of the biases is the LSTM's forget gate ({@code i, f, g, o}) and the GRU's update gate
   * ({@code r, z, n}).
   */
  static ManyToOne model(CellType type, FlowSettings settings, long seed) {
    RecallData data = settings.data();
    ManyToOne m = ManyToOne.builder().setCellType(type).setHiddenSize(settings.hiddenSize())
        .setVocabulary(data.vocabulary()).setClasses(data.classes()).optSeed(seed).build();
    if (type == CellType.LSTM || type == CellType.GRU) {
      int h = settings.hiddenSize();
      float[] bi = m.params().get("bias_ih_l0").value().data;
      float[] bh = m.params().get("bias_hh_l0").value().data;
      for (int j = h; j < 2 * h; j++) {
        bi[j] = settings.memoryGateBias();
        bh[j] = 0;
      }
    }
    return m;
  }

  private static CellFlow runCell(CellType type, FlowSettings settings, long modelSeed, long trainSeed,
      List<LabeledSequence> probe, List<LabeledSequence> test) {
    ManyToOne m = model(type, settings, modelSeed);
    Param whh = m.params().get("weight_hh_l0");
    double[] flow0 = FlowProbe.byDistance(m, probe);
    double[] radii0 = SpectralRadius.ofGateBlocks(whh);
    TrainingTrace trace = RecallTraining.train(m, settings.data(), settings.budget(), trainSeed);
    double[] flow1 = FlowProbe.byDistance(m, probe);
    double[] radii1 = SpectralRadius.ofGateBlocks(whh);
    return new CellFlow(type, flow0, flow1, DecayRate.fit(flow0, 1), DecayRate.fit(flow1, 1), radii0, radii1, trace,
        RecallTraining.accuracy(m, test));
  }

  private static ClippingComparison compareClipping(FlowSettings settings, long modelSeed, long trainSeed,
      long testSeed) {
    RecallData data = settings.clippingData();
    Budget clipped = settings.clippingBudget();
    List<LabeledSequence> test = data.generate(settings.testSize(), testSeed);
    ManyToOne unclippedModel = explodingModel(settings, modelSeed);
    double[] flow = FlowProbe.byDistance(unclippedModel, data.generate(settings.probeBatch(), testSeed + 1));
    TrainingTrace without = RecallTraining.train(unclippedModel, data, clipped.withClipNorm(0), trainSeed);
    ManyToOne clippedModel = explodingModel(settings, modelSeed);
    TrainingTrace with = RecallTraining.train(clippedModel, data, clipped, trainSeed);
    return new ClippingComparison(settings.explodingRadius(), clipped.clipNorm(), flow, DecayRate.fit(flow, 1),
        without, with, accuracyUnlessDiverged(unclippedModel, test, without),
        accuracyUnlessDiverged(clippedModel, test, with));
  }

  /** Held-out accuracy, or NaN when the run diverged (its weights may not be finite). */
  private static double accuracyUnlessDiverged(ManyToOne model, List<LabeledSequence> test, TrainingTrace trace) {
    return trace.diverged() ? Double.NaN : RecallTraining.accuracy(model, test);
  }

  private static ManyToOne explodingModel(FlowSettings settings, long seed) {
    ManyToOne m = model(CellType.RNN_TANH, settings, seed);
    SpectralRadius.scaleTo(m.params().get("weight_hh_l0"), settings.explodingRadius());
    return m;
  }
}
