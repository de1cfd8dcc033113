package org.rnn4j.task;

import java.nio.file.Path;
import java.util.Optional;
import org.rnn4j.core.Checks;
import org.rnn4j.core.cell.CellType;

/**
 * The training settings every task takes (the command line's {@code --cell --layers --hidden --epochs --batch --lr
 * --seed --checkpoint --resume}). Each task has its own defaults ({@code SomeTask.defaults()}).
 *
 * @param cell the recurrent cell
 * @param layers recurrent layers
 * @param hidden hidden size per direction
 * @param epochs training epochs
 * @param batch batch size
 * @param learningRate the optimizer's learning rate
 * @param seed the seed of initialisation, batching and dropout
 * @param checkpoint directory for checkpoints and the report, if any
 * @param resume continue from the checkpoint in {@code checkpoint}
 */
public record TrainingOptions(CellType cell, int layers, int hidden, int epochs, int batch, double learningRate,
    long seed, Optional<Path> checkpoint, boolean resume) {

  /** Validates every setting, naming the first bad one. */
  public TrainingOptions {
    if (cell == null) {
      throw new IllegalArgumentException("cell must be one of rnn, relu, lstm, gru, got none");
    }
    Checks.positive("layers", layers);
    Checks.positive("hidden", hidden);
    Checks.positive("epochs", epochs);
    Checks.positive("batch", batch);
    Checks.positive("learning rate", learningRate);
    if (checkpoint == null) {
      checkpoint = Optional.empty();
    }
    if (resume && checkpoint.isEmpty()) {
      throw new IllegalArgumentException("resume needs a checkpoint directory, got none");
    }
  }

  /** A copy with another number of epochs. */
  public TrainingOptions withEpochs(int newEpochs) {
    return new TrainingOptions(cell, layers, hidden, newEpochs, batch, learningRate, seed, checkpoint, resume);
  }
}
