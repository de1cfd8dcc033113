package org.rnn4j.examples.demo;

import java.util.List;
import org.rnn4j.task.TaskReport;
import org.rnn4j.task.TrainingOptions;
import org.rnn4j.task.sentiment.LabeledSentence;
import org.rnn4j.task.sentiment.SentimentData;
import org.rnn4j.task.sentiment.SentimentTask;
import org.rnn4j.topology.TrainerListener;

/** Sentiment on the generated reviews ({@link SentimentData#builtIn()}); smaller sizes use the first examples. */
public final class SentimentDemo implements Demo {
  @Override
  public String name() {
    return SentimentTask.NAME;
  }

  @Override
  public String headline() {
    return "accuracy";
  }

  @Override
  public TrainingOptions defaults() {
    return SentimentTask.defaults();
  }

  @Override
  public TaskReport runBuiltIn(TrainingOptions options, Size size, TrainerListener listener) {
    SentimentData data = SentimentData.builtIn();
    int train = switch (size) {
      case FULL -> data.train().size();
      case QUICK -> 200;
    };
    int held = size == Size.QUICK ? 100 : data.test().size();
    return SentimentTask.run(data.train().subList(0, train), first(data.validation(), held),
        first(data.test(), held), options, listener);
  }

  private static List<LabeledSentence> first(List<LabeledSentence> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }
}
