package org.rnn4j.examples.command;

import java.nio.file.Path;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.SentimentDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.sentiment.SentimentData;
import org.rnn4j.task.sentiment.SentimentTask;
import org.rnn4j.task.sentiment.SentimentTsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rnn4j sentiment}: many-to-one sentence classification, on built-in reviews or the user's TSV files. */
@Command(name = "sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Classify sentences by sentiment (many-to-one; metric: accuracy).",
    description = {"Trains a word embedding + recurrent stack + max pooling + softmax on sentence<TAB>label files, "
        + "stops early on validation accuracy and reports test accuracy with example predictions.",
        "Without files: 2000/300/500 generated reviews with negations (\"the film was not good\" is neg).",
        "With files: --train, --dev and --test, or --data DIR holding train.tsv, dev.tsv and test.tsv."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options or a missing, unreadable or malformed data file"})
public final class SentimentCommand extends TaskCommand {
  @Option(names = "--train", paramLabel = "FILE", description = "Training sentence<TAB>label file.")
  private Path train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Validation file (early stopping).")
  private Path dev;

  @Option(names = "--test", paramLabel = "FILE", description = "Test file (the reported accuracy).")
  private Path test;

  @Option(names = "--data", paramLabel = "DIR", description = "A directory with train.tsv, dev.tsv and test.tsv.")
  private Path data;

  /** The command, printing progress for {@code console}. */
  public SentimentCommand(Console console) {
    super(SentimentTask.defaults(), console);
  }

  @Override
  protected Training load() {
    if (data != null) {
      if (train != null || dev != null || test != null) {
        throw new ParameterException(spec().commandLine(), "give either --data or --train/--dev/--test, not both");
      }
      train = data.resolve("train.tsv");
      dev = data.resolve("dev.tsv");
      test = data.resolve("test.tsv");
    }
    FileOptions.requireAllOrNone(spec(), new String[] {"--train", "--dev", "--test"}, train, dev, test);
    if (train == null) {
      return (options, listener) -> new SentimentDemo().runBuiltIn(options, Size.FULL, listener);
    }
    SentimentData loaded = new SentimentData(DataFiles.load(train, SentimentTsv::read),
        DataFiles.load(dev, SentimentTsv::read), DataFiles.load(test, SentimentTsv::read));
    return (options, listener) -> SentimentTask.run(loaded.train(), loaded.validation(), loaded.test(), options,
        listener);
  }

  @Override
  protected String dataDescription() {
    return train == null ? "built-in data" : train + ", " + dev + ", " + test;
  }
}
