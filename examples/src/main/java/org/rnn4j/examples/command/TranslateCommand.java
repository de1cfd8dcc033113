package org.rnn4j.examples.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.demo.TranslateDemo;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.translate.PairTsv;
import org.rnn4j.task.translate.TextPair;
import org.rnn4j.task.translate.TranslateTask;
import org.rnn4j.task.translate.TranslationModel;
import org.rnn4j.topology.seq2seq.DecodeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rnn4j translate}: sequence-to-sequence translation with attention, on built-in or Tatoeba-style pairs. */
@Command(name = "translate", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Translate sentences with an encoder-decoder and attention (seq2seq; metric: BLEU).",
    description = {"Trains a Seq2Seq model with Luong attention on source<TAB>target pairs (Tatoeba/Anki style; "
        + "extra columns ignored) and reports corpus BLEU (sacreBLEU 13a) of greedy test translations.",
        "Without files: 3000 generated English sentences and their translation into a small invented "
            + "subject-object-verb language (200 development, 200 test pairs).",
        "With files: --train, --dev and --test.",
        "Translating: 'rnn4j translate --checkpoint DIR' with no other option translates standard input, one "
            + "output line per input line (greedy; an empty line for a line without words), with the model a "
            + "training run saved in DIR. To train the built-in data into DIR instead, add any training option "
            + "(for example --epochs 10)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained (the report was written), or translated", "1:training diverged, the report "
        + "could not be written, or standard input could not be read",
        "2:invalid options, a missing, unreadable or malformed data file, or a missing or unusable checkpoint"})
public final class TranslateCommand extends TaskCommand {
  @Option(names = "--train", paramLabel = "FILE", description = "Training source<TAB>target file.")
  private Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development pairs (validated after each epoch).")
  private Path dev;

  @Option(names = "--test", paramLabel = "FILE", description = "Test pairs (the reported BLEU).")
  private Path test;

  private final Console console;

  /** The command, printing progress for {@code console} and translating its input. */
  public TranslateCommand(Console console) {
    super(TranslateTask.defaults(), console);
    this.console = console;
  }

  /** Translates standard input when {@code --checkpoint DIR} is the only option; trains otherwise. */
  @Override
  public Integer call() {
    var parsed = spec().commandLine().getParseResult();
    boolean onlyCheckpoint = parsed.hasMatchedOption("--checkpoint") && parsed.matchedOptions().size() == 1;
    return onlyCheckpoint ? translateInput(parsed.matchedOptionValue("--checkpoint", (Path) null)) : super.call();
  }

  private int translateInput(Path checkpoint) {
    PrintWriter out = spec().commandLine().getOut();
    PrintWriter err = spec().commandLine().getErr();
    String name = spec().qualifiedName();
    TranslationModel model;
    try {
      model = TranslationModel.load(checkpoint);
    } catch (NoSuchFileException e) {
      err.println(name + ": " + checkpoint + " holds no checkpoint");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println(name + ": cannot read the checkpoint in " + checkpoint + ": "
          + String.valueOf(e.getMessage()).replaceAll("\\R+", " "));
      return BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println(name + ": " + e.getMessage());
      return BAD_INPUT;
    }
    DecodeOptions greedy = DecodeOptions.greedy(model.network().maxLength());
    try {
      for (String line = console.in().readLine(); line != null; line = console.in().readLine()) {
        out.println(model.source().tokens(line).isEmpty() ? "" : model.translate(List.of(line), greedy).get(0));
        out.flush();
      }
    } catch (IOException e) {
      err.println(name + ": cannot read standard input: " + e.getMessage());
      return FAILED;
    }
    return 0;
  }

  @Override
  protected Training load() {
    FileOptions.requireAllOrNone(spec(), new String[] {"--train", "--dev", "--test"}, train, dev, test);
    if (train == null) {
      return (options, listener) -> new TranslateDemo().runBuiltIn(options, Size.FULL, listener);
    }
    List<TextPair> trainSet = DataFiles.load(train, PairTsv::load);
    List<TextPair> devSet = DataFiles.load(dev, PairTsv::load);
    List<TextPair> testSet = DataFiles.load(test, PairTsv::load);
    return (options, listener) -> TranslateTask.run(trainSet, devSet, testSet, options, listener);
  }

  @Override
  protected String dataDescription() {
    return train == null ? "built-in data" : train + ", " + dev + ", " + test;
  }
}
