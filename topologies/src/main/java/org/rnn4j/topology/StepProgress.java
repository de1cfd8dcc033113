package org.rnn4j.topology;

import java.time.Duration;

/**
 * What a training step reports to {@link TrainerListener#onStep}.
 *
 * @param step optimizer steps done, counting this one (1 after the first step of a run)
 * @param epoch the epoch in progress (0 for the first)
 * @param epochs the number of epochs the run trains for
 * @param batch batches of this epoch done, counting this one
 * @param batches batches in this epoch
 * @param loss this step's mean training loss
 * @param gradNorm the global gradient norm before clipping
 * @param learningRate the learning rate this step used
 * @param throughput examples (or tokens, when the trainer counts tokens) per second since this run started
 * @param throughputUnit {@code "examples"} or {@code "tokens"}
 * @param elapsed wall time since this run (or resumed run) started
 * @param eta estimated wall time to the last step, from the speed so far
 */
public record StepProgress(
    long step,
    int epoch,
    int epochs,
    int batch,
    int batches,
    double loss,
    double gradNorm,
    double learningRate,
    double throughput,
    String throughputUnit,
    Duration elapsed,
    Duration eta) {}
