package org.rnn4j.examples.tour;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rnn4j.examples.Console;
import org.rnn4j.core.cell.CellType;
import org.rnn4j.examples.demo.CellsDemo;
import org.rnn4j.examples.demo.Demo;
import org.rnn4j.examples.demo.Demos;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.gradients.Gradients;
import org.rnn4j.examples.report.Format;
import org.rnn4j.examples.report.HtmlReport;
import org.rnn4j.examples.report.ReportFiles;
import org.rnn4j.examples.train.LiveProgress;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.Metric;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.topology.StopReason;
import org.rnn4j.topology.TrainerListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rnn4j tour}: every demo as its command runs it without arguments (or, with {@code --quick}, on a sliver of
 * the data for one epoch), one summary table, and an HTML page that links each demo's report.
 */
@Command(name = "tour", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Run every demo on its built-in data and summarise them (under a minute on two cores).",
    description = {"Runs sentiment, pos, translate, caption, frames and charlm one after the other, each as its own "
        + "command runs with no arguments, then the two looks inside a network: cells (which LSTM unit tracks "
        + "quotes) and gradients (how ||dL/dh|| decays in a vanilla RNN, an LSTM and a GRU). Prints one table "
        + "(topology, task, metric, value, time) and writes a report directory: index.html linking one report per "
        + "demo (DIR/<task>/report.html)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every demo trained; the reports were written",
        "1:a demo diverged or a report could not be written", "2:invalid options"})
public final class TourCommand implements Callable<Integer> {
  /** The tour page's file name. */
  public static final String INDEX = "index.html";

  @Spec
  private CommandSpec spec;

  @Option(names = "--quick", description = "A second or two per demo (a sliver of the data, one epoch): checks that "
      + "everything runs; the metrics mean little.")
  private boolean quick;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write the reports here (default: reports/tour-<time>).")
  private Path report;

  private final Console console;

  /** The command, printing progress for {@code console}. */
  public TourCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Size size = quick ? Size.QUICK : Size.FULL;
    Path dir = ReportFiles.directory(Optional.ofNullable(report), Optional.empty(), "tour", LocalDateTime.now());
    List<TourEntry> entries = new ArrayList<>();
    try {
      for (Demo demo : Demos.all()) {
        TrainingOptions options = demo.sized(demo.defaults(), size);
        out.println("== " + demo.name() + ": " + HtmlReport.settings(options));
        out.flush();
        TrainerListener listener = console.terminal() ? new LiveProgress(out, true) : new TrainerListener() {};
        TaskReport result = demo.runBuiltIn(options, size, listener);
        Path page = ReportFiles.write(dir.resolve(demo.name()), result, options);
        entries.add(TourEntry.of(result, demo.headline(), page));
        printHeadline(out, result.metric(demo.headline()), result.time().toMillis() / 1000.0);
      }
      entries.add(cells(size, dir, out));
      entries.add(gradients(size, dir, out));
      Files.createDirectories(dir);
      Path index = dir.resolve(INDEX);
      String budget = quick ? "on a sliver of the data for one epoch (--quick)" : "each with its default budget";
      ReportFiles.writeAtomically(index, TourSummary.html(entries, dir, budget));
      out.println();
      out.print(TourSummary.text(entries));
      out.println("report: " + index);
    } catch (IOException e) {
      out.flush();
      err.println(spec.qualifiedName() + ": " + ReportFiles.cannotWrite(dir, e));
      return TaskCommand.FAILED;
    }
    if (entries.stream().anyMatch(TourEntry::diverged)) {
      err.println(spec.qualifiedName() + ": a demo's training diverged; see its report");
      return TaskCommand.FAILED;
    }
    return 0;
  }

  /** The interpretable-cells demo: a small LSTM on planted quotes, its best quote unit. */
  private TourEntry cells(Size size, Path dir, PrintWriter out) throws IOException {
    out.println("== " + CellsDemo.NAME + ": which LSTM unit tracks quotes (planted text)");
    out.flush();
    TrainerListener listener = console.terminal() ? new LiveProgress(out, true) : new TrainerListener() {};
    CellsDemo.Outcome o = CellsDemo.run(size, dir.resolve(CellsDemo.NAME), listener);
    printHeadline(out, o.headline(), o.seconds());
    return new TourEntry("LanguageModel (lstm units)", CellsDemo.NAME, o.headline(),
        Duration.ofNanos((long) (o.seconds() * 1e9)), o.training().losses(),
        o.training().stopReason() == StopReason.DIVERGED, o.report());
  }

  /** The gradient-flow experiment: vanilla RNN, LSTM and GRU on long-range recall, the LSTM's accuracy. */
  private static TourEntry gradients(Size size, Path dir, PrintWriter out) throws IOException {
    out.println("== gradients: vanilla RNN, LSTM and GRU recall a symbol across many steps");
    out.flush();
    Gradients.Run run = Gradients.run(size, dir.resolve("gradients"));
    Metric headline = new Metric("LSTM recall accuracy", run.lstmAccuracy(), "");
    printHeadline(out, headline, run.time().toMillis() / 1000.0);
    return new TourEntry("ManyToOne (rnn, lstm, gru)", "gradients", headline, run.time(),
        run.result().cell(CellType.LSTM).trace().losses(), false, run.page());
  }

  private static void printHeadline(PrintWriter out, Metric headline, double seconds) {
    out.println(String.format(Locale.ROOT, "   %s %s (%.1f s)", headline.name(), Format.metric(headline), seconds));
    out.flush();
  }
}
