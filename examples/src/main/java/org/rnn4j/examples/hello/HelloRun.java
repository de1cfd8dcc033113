package org.rnn4j.examples.hello;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.rnn4j.examples.Marks;

/**
 * One run of the hello demo, narrated to a writer: the model, its predictions before training, a loss log, its
 * predictions after training, a sample generated one character at a time, and a verdict.
 */
public final class HelloRun {
  /** About how many lines the loss log has, besides the first and last step. */
  private static final int LOG_LINES = 10;

  private final PrintWriter out;
  private final Marks marks;

  /** A run that writes to {@code out}, marking predictions with {@code marks}. */
  public HelloRun(PrintWriter out, Marks marks) {
    this.out = out;
    this.marks = marks;
  }

  /**
   * What a run ends with.
   *
   * @param after the predictions after training
   * @param sample the generated text, starting with 'h'
   */
  public record Result(Predictions after, String sample) {
    /** Whether every step's most probable next character is the target. */
    public boolean learned() {
      return after.correct() == after.steps();
    }
  }

  /**
   * Trains and reports.
   *
   * @throws Diverged if a loss, logit or gradient stops being finite
   */
  public Result run(HelloSettings s) {
    Vocabulary vocabulary = new Vocabulary(HelloCommand.VOCABULARY);
    SplittableRandom seeds = new SplittableRandom(s.seed());
    HelloModel model = new HelloModel(s.cell(), vocabulary, s.hidden(), seeds.nextLong());
    out.printf(Locale.ROOT, "rnn4j hello: learn \"%s\" -> \"%s\", the next character at each step%n",
        HelloCommand.INPUTS, HelloCommand.TARGETS);
    out.printf(Locale.ROOT, "model: one-hot %s -> %s, hidden %d -> dense -> softmax (%d parameters, seed %d)%n%n",
        vocabulary, label(s), s.hidden(), model.params().scalarCount(), s.seed());

    report("before training", Predictions.of(model, vocabulary, HelloCommand.INPUTS, HelloCommand.TARGETS));

    Trainer trainer = new Trainer(model, s.learningRate());
    out.printf(Locale.ROOT, "training: %d steps, Adam lr %s, gradients clipped at global norm %s%n", s.steps(),
        s.learningRate(), Trainer.CLIP_NORM);
    int every = Math.max(1, s.steps() / LOG_LINES);
    trainer.train(vocabulary.encode(HelloCommand.INPUTS), vocabulary.encode(HelloCommand.TARGETS), s.steps(),
        (step, steps, loss) -> {
          if (step == 1 || step % every == 0 || step == steps) {
            out.printf(Locale.ROOT, "  step %5d  loss %.4f%n", step, loss);
          }
        });
    out.println();

    Predictions after = Predictions.of(model, vocabulary, HelloCommand.INPUTS, HelloCommand.TARGETS);
    report("after training", after);

    Decoder decoder = s.temperature().isPresent()
        ? Decoder.sample(s.temperature().getAsDouble(), seeds.split()) : Decoder.argmax();
    String sample = new Sampler(model, vocabulary).generate('h', s.length(), decoder);
    out.printf(Locale.ROOT, "sample from 'h' (%s, one step at a time, %d chars): %s%n%n", decoder.describe(),
        s.length(), sample);

    Result result = new Result(after, sample);
    out.println(verdict(result));
    return result;
  }

  private void report(String title, Predictions p) {
    out.println(title + ":");
    p.table(marks).forEach(out::println);
    out.printf(Locale.ROOT, "loss %.4f nats/char, %d/%d correct%n%n", p.loss(), p.correct(), p.steps());
  }

  private static String verdict(Result r) {
    int correct = r.after().correct();
    int steps = r.after().steps();
    if (r.learned()) {
      return HelloCommand.PASS + ": " + correct + "/" + steps + " next characters right, including 'l' -> 'l' "
          + "then 'l' -> 'o'";
    }
    return "verdict: FAIL: " + correct + "/" + steps + " next characters right; try more --steps, another --seed "
        + "or a larger --hidden";
  }

  private static String label(HelloSettings s) {
    return switch (s.cell()) {
      case RNN_TANH -> "rnn (tanh)";
      case RNN_RELU -> "rnn (relu)";
      case LSTM -> "lstm";
      case GRU -> "gru";
    };
  }
}
