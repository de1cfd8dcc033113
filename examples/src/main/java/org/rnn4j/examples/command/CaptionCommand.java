package org.rnn4j.examples.command;

import java.nio.file.Path;
import java.util.List;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.CaptionDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.DataFileException;
import org.rnn4j.task.caption.CaptionData;
import org.rnn4j.task.caption.CaptionTask;
import org.rnn4j.task.caption.CaptionedImage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rnn4j caption}: one-to-many captioning from feature vectors, on generated scenes or the user's files. */
@Command(name = "caption", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Caption images from their feature vectors (one-to-many; metric: exact match).",
    description = {"A feature vector stands for each image (no CNN); a recurrent decoder conditioned on it writes the "
        + "caption word by word. Reports exact match and token accuracy of greedy test captions.",
        "Without files: 2000 generated scenes of shapes, colours and places whose captions follow from their "
            + "features (200 validation, 200 test).",
        "With files: --features (image_id then values, .tsv or .csv) and --captions (image_id<TAB>caption); the "
            + "captioned images are split in file order: the first 80%% train, the next 10%% validate, the last 10%% "
            + "test."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options or a missing, unreadable or malformed data file"})
public final class CaptionCommand extends TaskCommand {
  /** Fewest captioned images a split into train, validation and test needs. */
  static final int MIN_IMAGES = 3;

  @Option(names = "--features", paramLabel = "FILE", description = "Image features: image_id then the values.")
  private Path features;

  @Option(names = "--captions", paramLabel = "FILE", description = "Captions: image_id<TAB>caption per line.")
  private Path captions;

  /** The command, printing progress for {@code console}. */
  public CaptionCommand(Console console) {
    super(CaptionTask.defaults(), console);
  }

  @Override
  protected Training load() {
    FileOptions.requireAllOrNone(spec(), new String[] {"--features", "--captions"}, features, captions);
    if (features == null) {
      return (options, listener) -> new CaptionDemo().runBuiltIn(options, Size.FULL, listener);
    }
    DataFiles.readable(features);
    DataFiles.readable(captions);
    List<CaptionedImage> images = DataFiles.load(features, f -> CaptionData.load(f, captions));
    if (images.size() < MIN_IMAGES) {
      throw new DataFileException(captions, 0, "captions only " + images.size() + " image(s); training, validation "
          + "and test need at least " + MIN_IMAGES);
    }
    int test = Math.max(1, images.size() / 10);
    int validation = Math.max(1, images.size() / 10);
    int train = images.size() - test - validation;
    return (options, listener) -> CaptionTask.run(images.subList(0, train), images.subList(train, train + validation),
        images.subList(train + validation, images.size()), options, listener);
  }

  @Override
  protected String dataDescription() {
    return features == null ? "built-in data" : features + ", " + captions;
  }
}
