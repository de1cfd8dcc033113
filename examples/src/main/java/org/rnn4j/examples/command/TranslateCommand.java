package org.rnn4j.examples.command;

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
        "With files: --train, --dev and --test."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options or a missing, unreadable or malformed data file"})
public final class TranslateCommand extends TaskCommand {
  @Option(names = "--train", paramLabel = "FILE", description = "Training source<TAB>target file.")
  private Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development pairs (validated after each epoch).")
  private Path dev;

  @Option(names = "--test", paramLabel = "FILE", description = "Test pairs (the reported BLEU).")
  private Path test;

  /** The command, printing progress for {@code console}. */
  public TranslateCommand(Console console) {
    super(TranslateTask.defaults(), console);
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
