package org.rnn4j.examples.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.core.io.Checkpoint;
import org.rnn4j.core.inspect.GateSaturation;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.CellsDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.report.CellsReport;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.examples.train.CellConverter;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.LiveProgress;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.cells.CellsResult;
import org.rnn4j.task.cells.CellsTask;
import org.rnn4j.task.cells.Unit;
import org.rnn4j.task.cells.UnitCorrelation;
import org.rnn4j.task.charlm.BuiltInTexts;
import org.rnn4j.task.charlm.CharLanguageModel;
import org.rnn4j.task.charlm.TextCorpus;
import org.rnn4j.topology.BestWeights;
import org.rnn4j.topology.StopReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rnn4j cells}: which units of a character model track which properties of a text, as heatmaps. */
@Command(name = "cells", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Find interpretable units of a character model: heatmaps, property correlations, gate saturation.",
    description = {"Reads a text with a character language model, records every unit (hidden state; cell state"
        + " and gates for the LSTM, gates for the GRU) and correlates each with properties of the text: in_quotes,"
        + " bracket_depth, in_brackets, position_in_line, start_of_line, inside_word, after_if, whitespace,"
        + " in_comment. Prints each property's best unit and the gate saturation, and writes report.html with a"
        + " heatmap of the text per unit (blue negative, red positive).",
        "Without --checkpoint: trains a small LSTM on generated text with planted quotes and brackets (5 to 10"
            + " seconds on two cores) and reads held-out planted text, so a quote unit shows up.",
        "With --checkpoint DIR (from 'rnn4j charlm --checkpoint DIR'): analyses that model, by default over the"
            + " built-in sentences 'rnn4j charlm' trains on. Characters the model does not know are left out and"
            + " counted."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:analysed; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options, an unknown unit, a missing or damaged checkpoint, or a missing or malformed text file"})
public final class CellsCommand implements Callable<Integer> {
  /** The seed of the report's sample from a loaded model. */
  private static final long SAMPLE_SEED = 1;

  @Spec
  private CommandSpec spec;

  @Option(names = "--checkpoint", paramLabel = "DIR",
      description = "Analyse the character model of this charlm checkpoint instead of training one.")
  private Path checkpoint;

  @Option(names = "--text", paramLabel = "FILE",
      description = "The UTF-8 text to read, at most its first " + CellsTask.MAX_CHARACTERS + " characters"
          + " (default: held-out planted text, or with --checkpoint the built-in sentences).")
  private Path text;

  @Option(names = "--units", paramLabel = "U[,U...]", split = ",", hideParamSyntax = true,
      description = "Units to show first: N or hN (hidden unit N of the top layer), cN (its cell state), "
          + "L<layer> hN.")
  private List<String> units = List.of();

  @Option(names = "--top", paramLabel = "N",
      description = "Units found automatically to show, best per property in turn (default: ${DEFAULT-VALUE}).")
  private int top = CellsDemo.DEFAULT_TOP;

  @Option(names = "--chars", paramLabel = "N",
      description = "Characters each heatmap shows (default: ${DEFAULT-VALUE}); correlations use the whole text.")
  private int chars = CellsDemo.DEFAULT_CHARS;

  @Option(names = "--from", paramLabel = "N",
      description = "The first character the heatmaps show, counted from 0 (default: ${DEFAULT-VALUE}).")
  private int from = 0;

  @Option(names = "--train-seconds", paramLabel = "S",
      description = "Without --checkpoint: stop training after S seconds (default: the full 15 epochs).")
  private Double trainSeconds;

  @Option(names = "--cell", paramLabel = "CELL", converter = CellConverter.class,
      description = "Without --checkpoint: the cell, one of " + CellConverter.NAMES + " (default: lstm).")
  private CellType cell;

  @Option(names = "--hidden", paramLabel = "H",
      description = "Without --checkpoint: the hidden size (default: 48).")
  private Integer hidden;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Without --checkpoint: the seed of the text, the weights and the batches (default: 123).")
  private Long seed;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Where report.html goes (default: reports/cells-<time>).")
  private Path report;

  private final Console console;

  /** The command, printing training progress for {@code console}. */
  public CellsCommand(Console console) {
    this.console = console;
  }

  /** A model ready to analyse, the units to show first, the text to read and where the model came from. */
  private record Subject(CharLanguageModel model, List<Unit> chosen, String text, String textName,
      CellsReport.Origin origin) {}

  @Override
  public Integer call() {
    checkOptions();
    units.forEach(u -> parseUnit(u, 0));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    Subject subject;
    CellsResult result;
    try {
      String given = text == null ? null : DataFiles.load(text, TextCorpus::readUtf8);
      subject = checkpoint != null ? loaded(given) : trained(given, out);
      if (subject == null) {
        return TaskCommand.FAILED;
      }
      result = CellsTask.analyse(subject.model(), subject.text(), subject.textName());
      int read = result.recording().steps();
      if (from >= read) {
        throw new IllegalArgumentException("--from " + from + " is beyond the " + read + " characters read");
      }
    } catch (NoSuchFileException e) {
      err.println(name + ": " + checkpoint + " holds no checkpoint");
      return TaskCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println(name + ": cannot read the checkpoint in " + checkpoint + ": "
          + String.valueOf(e.getMessage()).replaceAll("\\R+", " "));
      return TaskCommand.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      // Also DataFileException: FILE:LINE: problem.
      out.flush();
      err.println(name + ": " + e.getMessage());
      return TaskCommand.BAD_INPUT;
    }
    print(out, result);
    Path dir = ReportFiles.directory(Optional.ofNullable(report), Optional.empty(), CellsDemo.NAME,
        LocalDateTime.now());
    try {
      out.println("report: " + CellsDemo.write(dir, result, CellsDemo.shown(result, subject.chosen(), top), from,
          chars, subject.origin()));
    } catch (IOException e) {
      out.flush();
      err.println(name + ": " + ReportFiles.cannotWrite(dir, e));
      return TaskCommand.FAILED;
    }
    out.flush();
    return 0;
  }

  /** The checkpoint's model over {@code given} text, or the built-in sentences. */
  private Subject loaded(String given) throws IOException {
    CharLanguageModel model = CharLanguageModel.load(checkpoint);
    var stack = model.languageModel().stack();
    List<Unit> chosen = resolveUnits(stack.cellType(), stack.layers(), stack.directions(), stack.hiddenSize());
    TextCorpus sentences = BuiltInTexts.sentences();
    String read = given != null ? given : sentences.text();
    return new Subject(model, chosen, read, given != null ? text.toString() : sentences.name(),
        new CellsReport.Origin(List.of("loaded from the checkpoint in " + checkpoint
            + (BestWeights.of(Checkpoint.load(checkpoint)).isPresent() ? " (the weights of its best validation)"
                : " (its last weights)")), Optional.empty(),
            CellsDemo.sample(model, read, SAMPLE_SEED)));
  }

  /** A model trained on planted text over {@code given} text, or held-out planted text; null if it diverged. */
  private Subject trained(String given, PrintWriter out) {
    TrainingOptions options = trainingOptions();
    List<Unit> chosen = resolveUnits(options.cell(), options.layers(), 1, options.hidden());
    TextCorpus corpus = CellsDemo.trainingText(Size.FULL, options.seed());
    out.println("cells: training " + options.cell().name() + " (hidden " + options.hidden() + ") on "
        + corpus.name());
    out.flush();
    CellsTask.TrainedModel trained = CellsTask.train(corpus, options,
        Optional.ofNullable(trainSeconds).map(s -> Duration.ofMillis(Math.round(s * 1000))),
        new LiveProgress(out, console.terminal()));
    if (trained.training().stopReason() == StopReason.DIVERGED) {
      out.flush();
      spec.commandLine().getErr().println(spec.qualifiedName() + ": training diverged: "
          + trained.training().stopMessage());
      return null;
    }
    String read = given != null ? given : CellsDemo.heldOutText(options.seed());
    return new Subject(trained.model(), chosen, read,
        given != null ? text.toString() : CellsDemo.heldOutName(options.seed()),
        new CellsReport.Origin(List.of(CellsDemo.trainedOn(corpus, options, trained)),
            Optional.of(trained.training()), CellsDemo.sample(trained.model(), read, options.seed())));
  }

  /** The property table and the gate saturation summary. */
  static void print(PrintWriter out, CellsResult result) {
    out.println("model: " + result.model());
    out.println("text: " + result.textName() + ", " + result.recording().steps() + " characters"
        + (result.skipped() > 0 ? " (" + result.skipped() + " not in the vocabulary left out, the first "
            + result.firstSkipped() + ")" : "")
        + (result.unread() > 0 ? "; the " + result.unread() + " after the first " + CellsTask.MAX_CHARACTERS
            + " not read" : ""));
    out.println(String.format(Locale.ROOT, "%-18s %-10s %7s", "property", "best unit", "r"));
    for (UnitCorrelation.Match m : result.correlation().bestPerProperty()) {
      if (result.property(m.property()).isConstant()) {
        out.println(String.format(Locale.ROOT, "%-18s %-10s %7s  (constant on this text)", m.property(), "-", "-"));
      } else {
        out.println(String.format(Locale.ROOT, "%-18s %-10s %+7.3f", m.property(), m.unit().label(), m.r()));
      }
    }
    if (result.saturation().isEmpty()) {
      out.println("gate saturation: none (the cell has no gates)");
    } else {
      out.println("gate saturation (mean fraction of characters < " + GateSaturation.LOW + " / > "
          + GateSaturation.HIGH + "):");
      StringBuilder line = new StringBuilder();
      GateSaturation previous = null;
      for (GateSaturation s : result.saturation()) {
        if (previous == null || previous.layer() != s.layer() || previous.direction() != s.direction()) {
          if (line.length() > 0) {
            out.println(line);
          }
          line = new StringBuilder("  layer " + s.layer() + (s.direction() == 1 ? " reverse" : ""));
        }
        line.append(String.format(Locale.ROOT, "   %s %.2f / %.2f", s.gate(), s.meanLeft(), s.meanRight()));
        previous = s;
      }
      out.println(line);
    }
    out.flush();
  }

  private void checkOptions() {
    require(top >= 0, "--top must be at least 0, got " + top);
    require(chars >= 1, "--chars must be at least 1, got " + chars);
    require(from >= 0, "--from must be at least 0, got " + from);
    if (trainSeconds != null) {
      require(trainSeconds > 0 && !trainSeconds.isInfinite(), "--train-seconds must be a finite number > 0, got "
          + trainSeconds);
    }
    if (hidden != null) {
      require(hidden >= 1, "--hidden must be at least 1, got " + hidden);
    }
    if (checkpoint != null && (trainSeconds != null || cell != null || hidden != null || seed != null)) {
      throw new ParameterException(spec.commandLine(), "--train-seconds, --cell, --hidden and --seed train a new"
          + " model; they do not go with --checkpoint");
    }
  }

  private Unit parseUnit(String text, int topLayer) {
    try {
      return Unit.parse(text, topLayer);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--units: " + e.getMessage());
    }
  }

  /**
   * The chosen units, plain indices in the top layer, each checked to exist in a model of this shape.
   *
   * @throws IllegalArgumentException naming the first unit the model does not have
   */
  private List<Unit> resolveUnits(CellType type, int layers, int directions, int hiddenSize) {
    List<Unit> resolved = new ArrayList<>();
    for (String text : units) {
      Unit u = parseUnit(text, layers - 1);
      boolean exists = u.layer() < layers && u.direction() < directions && u.index() < hiddenSize
          && (u.series() == Unit.Series.HIDDEN || type == CellType.LSTM);
      if (!exists) {
        throw new IllegalArgumentException("--units: the model has no unit " + text + " ("
            + layers + (layers == 1 ? " layer" : " layers") + " of " + hiddenSize + " units, h0 to h"
            + (hiddenSize - 1) + (type == CellType.LSTM ? ", cell states c0 to c" + (hiddenSize - 1) : "") + ")");
      }
      resolved.add(u);
    }
    return resolved;
  }

  private TrainingOptions trainingOptions() {
    TrainingOptions d = CellsTask.defaults();
    return new TrainingOptions(cell == null ? d.cell() : cell, d.layers(), hidden == null ? d.hidden() : hidden,
        d.epochs(), d.batch(), d.learningRate(), seed == null ? d.seed() : seed, Optional.empty(), false);
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
