package org.rnn4j.examples.hello;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.Marks;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rnn4j hello}: trains a character RNN to continue "hell" with "ello", shows its predictions before and
 * after training, and samples from it one character at a time.
 */
@Command(name = "hello", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Learn \"hell\" -> \"ello\" with a tiny character RNN (Karpathy's hello).",
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    description = {
        "Karpathy's \"hello\": a character RNN over the vocabulary [h, e, l, o] learns to predict the next "
            + "character of \"hello\" (inputs \"hell\", targets \"ello\"). The two 'l' inputs need different "
            + "answers, so the network must remember what came before.",
        "Prints the predictions before and after training, a loss log, a sample from 'h' and a verdict."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the demo ran (see the verdict line)", "1:training diverged", "2:invalid options"})
public final class HelloCommand implements Callable<Integer> {
  /** The vocabulary, in index order. */
  public static final String VOCABULARY = "helo";
  /** The input characters. */
  public static final String INPUTS = "hell";
  /** The next character after each input. */
  public static final String TARGETS = "ello";
  /** The line prefix of a successful run's verdict. */
  public static final String PASS = "verdict: PASS";

  /** The recurrent cells the demo offers. */
  public enum CellChoice {
    /** Vanilla (Elman) RNN with tanh. */
    RNN(CellType.RNN_TANH),
    /** Long short-term memory. */
    LSTM(CellType.LSTM),
    /** Gated recurrent unit. */
    GRU(CellType.GRU);

    private final CellType type;

    CellChoice(CellType type) {
      this.type = type;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Parses a {@link CellChoice} by its lower-case name, ignoring case. */
  static final class CellConverter implements ITypeConverter<CellChoice> {
    @Override
    public CellChoice convert(String value) {
      for (CellChoice c : CellChoice.values()) {
        if (c.toString().equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new TypeConversionException("expected one of " + Arrays.toString(CellChoice.values()) + ", got '"
          + value + "'");
    }
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--cell", defaultValue = "rnn", paramLabel = "CELL", converter = CellConverter.class,
      description = "Recurrent cell: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private CellChoice cell;

  @Option(names = "--hidden", defaultValue = "3", paramLabel = "H",
      description = "Hidden size (default: ${DEFAULT-VALUE}).")
  private int hidden;

  @Option(names = "--steps", defaultValue = "300", paramLabel = "N",
      description = "Training iterations over the sequence (default: ${DEFAULT-VALUE}).")
  private int steps;

  @Option(names = "--lr", defaultValue = "0.05", paramLabel = "RATE",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  private double learningRate;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
      description = "Seed of the initial weights and of sampling (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--length", defaultValue = "5", paramLabel = "N",
      description = "Characters to sample, counting the starting 'h' (default: ${DEFAULT-VALUE}).")
  private int length;

  @Option(names = "--temperature", paramLabel = "T",
      description = "Sample from softmax(logits / T) instead of taking the most probable character.")
  private Double temperature;

  private final Marks marks;

  /** The command, marking predictions with {@code marks}. */
  public HelloCommand(Marks marks) {
    this.marks = marks;
  }

  @Override
  public Integer call() {
    HelloSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    try {
      new HelloRun(out, marks).run(settings);
      return 0;
    } catch (Diverged e) {
      PrintWriter err = spec.commandLine().getErr();
      out.flush();
      err.println(spec.qualifiedName() + ": " + e.getMessage() + "; the results would be meaningless, so the run "
          + "stops here. Try a smaller --lr (now " + learningRate + ").");
      return 1;
    }
  }

  private HelloSettings settings() {
    require(hidden >= 1, "--hidden must be at least 1, got " + hidden);
    require(steps >= 0, "--steps must be at least 0, got " + steps);
    require(learningRate > 0 && !Double.isInfinite(learningRate),
        "--lr must be a finite number > 0, got " + learningRate);
    require(length >= 1, "--length must be at least 1, got " + length);
    require(temperature == null || temperature > 0 && !temperature.isInfinite(),
        "--temperature must be a finite number > 0, got " + temperature);
    return new HelloSettings(cell.type, hidden, steps, learningRate, seed, length,
        temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature));
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
