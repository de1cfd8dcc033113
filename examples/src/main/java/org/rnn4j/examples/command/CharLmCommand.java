package org.rnn4j.examples.command;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.rnn4j.examples.Console;
import org.rnn4j.examples.demo.CharLmDemo;
import org.rnn4j.examples.demo.Size;
import org.rnn4j.examples.train.BadInputException;
import org.rnn4j.examples.train.DataFiles;
import org.rnn4j.examples.train.TaskCommand;
import org.rnn4j.task.charlm.BuiltInTexts;
import org.rnn4j.task.charlm.CharLmSettings;
import org.rnn4j.task.charlm.CharLmTask;
import org.rnn4j.task.charlm.DatasetUnavailableException;
import org.rnn4j.task.charlm.TextCorpus;
import org.rnn4j.task.charlm.TinyShakespeare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rnn4j charlm}: a character language model on built-in sentences, a text file or Tiny Shakespeare. */
@Command(name = "charlm", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = org.rnn4j.examples.VersionProvider.class,
    header = "Learn to write text character by character (language model; metric: bits per character).",
    description = {"Trains a character language model (char-rnn): the first 90%% of the text is read as parallel "
        + "streams in chunks of --seq-length characters, the state carried from chunk to chunk; the last 10%% "
        + "validates. Reports the validation loss in nats and bits per character and a sample at each temperature.",
        "Without files: 400 generated sentences such as \"my fox finds a stick (again).\" (about 10,000 characters; "
            + "well under a minute on two cores with the defaults below).",
        "With --text FILE: any UTF-8 text. With --tiny-shakespeare: Karpathy's Tiny Shakespeare, downloaded once "
            + "into --cache DIR and checked by SHA-256 (use --minutes to bound training on it).",
        "Sample from a --checkpoint later with 'rnn4j sample'."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:trained; the report was written", "1:training diverged or the report could not be written",
        "2:invalid options, a missing, unreadable or malformed text file, or Tiny Shakespeare unavailable"})
public final class CharLmCommand extends TaskCommand {
  /** The cache directory when {@code --cache} is not given, as the help shows it. */
  static final String DEFAULT_CACHE = "~/.cache/rnn4j";

  @Option(names = "--text", paramLabel = "FILE", description = "Train on this UTF-8 text file.")
  private Path text;

  @Option(names = "--tiny-shakespeare", description = "Train on Tiny Shakespeare (downloaded into --cache once).")
  private boolean tinyShakespeare;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where --tiny-shakespeare keeps its download (default: " + DEFAULT_CACHE + ").")
  private Path cache;

  @Option(names = "--tiny-shakespeare-source", paramLabel = "URI", hidden = true,
      description = "Download Tiny Shakespeare from this URI instead (a mirror; tests use it to be offline).")
  private URI source;

  @Option(names = "--seq-length", paramLabel = "N",
      description = "Characters per training chunk (BPTT length) (default: ${DEFAULT-VALUE}).")
  private int sequenceLength = CharLmSettings.defaults().sequenceLength();

  @Option(names = "--sample-length", paramLabel = "N",
      description = "Characters per sample (default: ${DEFAULT-VALUE}).")
  private int sampleLength = CharLmSettings.defaults().sampleLength();

  @Option(names = "--temperatures", paramLabel = "T,T,...", split = ",",
      description = "One sample per temperature, each > 0 (default: 0.5,0.8,1.0).")
  private List<Double> temperatures = CharLmSettings.defaults().temperatures();

  @Option(names = "--prime", paramLabel = "TEXT",
      description = "Text the samples start from (default: the first character of the text).")
  private String prime = "";

  @Option(names = "--minutes", paramLabel = "N",
      description = "Stop training after N minutes (validated and checkpointed there); default: no limit.")
  private Double minutes;

  private TextCorpus corpus;

  /** The command, printing progress for {@code console}. */
  public CharLmCommand(Console console) {
    super(new CharLmDemo().defaults(), console);
  }

  @Override
  protected Training load() {
    CharLmSettings settings = settings();
    if (text != null && tinyShakespeare) {
      throw new ParameterException(spec().commandLine(), "give either --text or --tiny-shakespeare, not both");
    }
    if (!tinyShakespeare && (cache != null || source != null)) {
      throw new ParameterException(spec().commandLine(), "--cache (and its source) go with --tiny-shakespeare");
    }
    if (text != null) {
      corpus = DataFiles.load(text, TextCorpus::read);
    } else if (tinyShakespeare) {
      corpus = DataFiles.load(fetchTinyShakespeare(), TextCorpus::read);
    } else {
      corpus = CharLmDemo.corpus(Size.FULL);
    }
    int missing = settings.prime().codePoints().filter(cp -> !corpus.vocabulary().contains(cp)).findFirst()
        .orElse(-1);
    if (missing >= 0) {
      throw new BadInputException("--prime has the character " + describe(missing) + ", which " + corpus.name()
          + " does not contain", null);
    }
    return (options, listener) -> CharLmTask.run(corpus, options, settings, listener);
  }

  private CharLmSettings settings() {
    require(sequenceLength >= 1, "--seq-length must be at least 1, got " + sequenceLength);
    require(sampleLength >= 1, "--sample-length must be at least 1, got " + sampleLength);
    for (double t : temperatures) {
      require(t > 0 && !Double.isInfinite(t), "--temperatures must each be a finite number > 0, got " + t);
    }
    CharLmSettings settings = new CharLmSettings(sequenceLength, sampleLength, temperatures, prime,
        java.util.Optional.empty());
    if (minutes != null) {
      require(minutes > 0 && !Double.isInfinite(minutes), "--minutes must be a finite number > 0, got " + minutes);
      settings = settings.withTimeLimit(Duration.ofMillis(Math.round(minutes * 60_000)));
    }
    return settings;
  }

  private Path fetchTinyShakespeare() {
    Path dir = cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "rnn4j");
    try {
      return source == null ? TinyShakespeare.fetch(dir) : TinyShakespeare.fetch(dir, source);
    } catch (DatasetUnavailableException e) {
      throw new BadInputException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), "--tiny-shakespeare-source: " + e.getMessage());
    }
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec().commandLine(), message);
    }
  }

  /** A character for a message: {@code 'é' (U+00E9)}. */
  static String describe(int codePoint) {
    String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
    return Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? hex
        : "'" + Character.toString(codePoint) + "' (" + hex + ")";
  }

  @Override
  protected String dataDescription() {
    String size = String.format(Locale.ROOT, "%,d characters, %d distinct", corpus.length(),
        corpus.vocabulary().size());
    if (text == null && !tinyShakespeare) {
      return "built-in data (" + BuiltInTexts.DEFAULT_SENTENCES + " generated sentences, " + size + ")";
    }
    return corpus.name() + " (" + size + ")";
  }
}
