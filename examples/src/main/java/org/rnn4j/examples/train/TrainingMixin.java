package org.rnn4j.examples.train;

import java.nio.file.Path;
import java.util.Optional;
import org.rnn4j.task.TrainingOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every training command shares ({@code --cell --layers --hidden --epochs --batch --lr --seed
 * --checkpoint --resume --report}); their defaults are the task's {@code defaults()}, shown in each command's help.
 */
public final class TrainingMixin {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--cell", paramLabel = "CELL",
      description = "Recurrent cell: " + CellConverter.NAMES + " (default: ${DEFAULT-VALUE}).")
  private String cell;

  @Option(names = "--layers", paramLabel = "N", description = "Recurrent layers (default: ${DEFAULT-VALUE}).")
  private int layers;

  @Option(names = "--hidden", paramLabel = "H", description = "Hidden size (default: ${DEFAULT-VALUE}).")
  private int hidden;

  @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: ${DEFAULT-VALUE}).")
  private int epochs;

  @Option(names = "--batch", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
  private int batch;

  @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  private double learningRate;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of initialisation, batching and dropout (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--checkpoint", paramLabel = "DIR",
      description = "Save a checkpoint here after every epoch; the report goes beside it (DIR/report).")
  private Path checkpoint;

  @Option(names = "--resume", description = "Continue from the checkpoint in --checkpoint DIR.")
  private boolean resume;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write the report here (default: DIR/report with --checkpoint, else reports/<task>-<time>).")
  private Path report;

  /** Options whose defaults are {@code defaults}. */
  public TrainingMixin(TrainingOptions defaults) {
    cell = CellConverter.name(defaults.cell());
    layers = defaults.layers();
    hidden = defaults.hidden();
    epochs = defaults.epochs();
    batch = defaults.batch();
    learningRate = defaults.learningRate();
    seed = defaults.seed();
  }

  /**
   * The options given on the command line, the task's defaults for the rest.
   *
   * @throws ParameterException naming the first invalid option
   */
  public TrainingOptions options() {
    CellConverter converter = new CellConverter();
    require(layers >= 1, "--layers must be at least 1, got " + layers);
    require(hidden >= 1, "--hidden must be at least 1, got " + hidden);
    require(epochs >= 1, "--epochs must be at least 1, got " + epochs);
    require(batch >= 1, "--batch must be at least 1, got " + batch);
    require(learningRate > 0 && !Double.isInfinite(learningRate),
        "--lr must be a finite number > 0, got " + learningRate);
    require(!resume || checkpoint != null, "--resume needs --checkpoint DIR");
    try {
      return new TrainingOptions(converter.convert(cell), layers, hidden, epochs, batch, learningRate, seed,
          Optional.ofNullable(checkpoint), resume);
    } catch (picocli.CommandLine.TypeConversionException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--cell': " + e.getMessage());
    }
  }

  /** The {@code --report} directory, if given. */
  public Optional<Path> report() {
    return Optional.ofNullable(report);
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
