package org.rnn4j.examples.command;

import java.nio.file.Path;
import java.util.List;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.PosDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.pos.ConllU;
import org.rnn4j.task.pos.PosSettings;
import org.rnn4j.task.pos.PosTask;
import org.rnn4j.task.pos.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rnn4j pos}: part-of-speech tagging (synchronous many-to-many) on built-in or CoNLL-U data. */
@Command(name = "pos", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Tag words with their part of speech (many-to-many; metric: token accuracy).",
    description = {"Trains a bidirectional recurrent tagger on the UPOS column of CoNLL-U files (multi-word ranges "
        + "and empty nodes skipped) and reports token accuracy, overall, on unknown words and per tag.",
        "Without files: 1500 generated sentences for training, 200 for development, and 20 hand-written test "
            + "sentences.",
        "With files: --train and --test (and optionally --dev for early stopping), e.g. Universal Dependencies' "
            + "en_ewt-ud-{train,dev,test}.conllu."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options or a missing, unreadable or malformed data file"})
public final class PosCommand extends TaskCommand {
  @Option(names = "--train", paramLabel = "FILE", description = "Training CoNLL-U file.")
  private Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Development CoNLL-U file (optional; early stopping).")
  private Path dev;

  @Option(names = "--test", paramLabel = "FILE", description = "Test CoNLL-U file (the reported accuracy).")
  private Path test;

  /** The command, printing progress for {@code console}. */
  public PosCommand(Console console) {
    super(PosTask.defaults(), console);
  }

  @Override
  protected Training load() {
    FileOptions.requireAllOrNone(spec(), new String[] {"--train", "--test"}, train, test);
    if (train == null) {
      FileOptions.requireAllOrNone(spec(), new String[] {"--train", "--test", "--dev"}, train, test, dev);
      return (options, listener) -> new PosDemo().runBuiltIn(options, Size.FULL, listener);
    }
    List<Sentence> trainSet = DataFiles.load(train, ConllU::read);
    List<Sentence> devSet = dev == null ? List.of() : DataFiles.load(dev, ConllU::read);
    List<Sentence> testSet = DataFiles.load(test, ConllU::read);
    return (options, listener) -> PosTask.run(trainSet, devSet, testSet, options, PosSettings.defaults(), listener);
  }

  @Override
  protected String dataDescription() {
    return train == null ? "built-in data" : train + (dev == null ? "" : ", " + dev) + ", " + test;
  }
}
