package org.rnn4j.task.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rnn4j.task.text.WordTokenizer;
import org.rnn4j.task.text.WordVocabulary;
import org.rnn4j.topology.InputSequence;
import org.rnn4j.topology.LabeledSequence;
import org.rnn4j.topology.ManyToOne;
import org.rnn4j.topology.Prediction;

/**
 * A sentiment model with the text handling it was trained with: sentences are tokenized, unknown words become
 * {@code <unk>}, and predicted class ids map back to the training labels.
 */
public final class SentimentClassifier {
  private static final int PREDICT_BATCH = 128;

  private final ManyToOne model;
  private final WordTokenizer tokenizer;
  private final WordVocabulary vocabulary;
  private final SentimentLabels labels;

  SentimentClassifier(ManyToOne model, WordTokenizer tokenizer, WordVocabulary vocabulary, SentimentLabels labels) {
    this.model = Objects.requireNonNull(model, "model");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  /** The trained network. */
  public ManyToOne model() {
    return model;
  }

  /** The word ids. */
  public WordVocabulary vocabulary() {
    return vocabulary;
  }

  /** The classes and their label names. */
  public SentimentLabels labels() {
    return labels;
  }

  /** The tokenizer sentences go through. */
  public WordTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * The predicted class and class probabilities of {@code sentence}.
   *
   * @throws IllegalArgumentException if the sentence has no words
   */
  public Prediction predict(String sentence) {
    return predict(List.of(sentence)).get(0);
  }

  /** One prediction per sentence, in order. */
  public List<Prediction> predict(List<String> sentences) {
    List<LabeledSequence> encoded = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      encoded.add(new LabeledSequence(tokens(s), 0));
    }
    return predictEncoded(encoded);
  }

  /** The fraction of {@code examples} whose predicted label is their label (a label unknown to the model is wrong). */
  public double accuracy(List<LabeledSentence> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("accuracy needs at least one example, got none");
    }
    List<Prediction> predictions = predict(examples.stream().map(LabeledSentence::sentence).toList());
    int right = 0;
    for (int i = 0; i < examples.size(); i++) {
      right += labels.name(predictions.get(i).label()).equals(examples.get(i).label()) ? 1 : 0;
    }
    return (double) right / examples.size();
  }

  /** The fraction of the words of {@code examples} that are not in the vocabulary. */
  public double unknownWordRate(List<LabeledSentence> examples) {
    long words = 0;
    long unknown = 0;
    for (LabeledSentence s : examples) {
      for (int id : tokens(s.sentence()).tokens()) {
        words++;
        unknown += id == WordVocabulary.UNK ? 1 : 0;
      }
    }
    return words == 0 ? 0 : (double) unknown / words;
  }

  /** The training example of {@code s}: its word ids and class id. */
  LabeledSequence encode(LabeledSentence s) {
    return new LabeledSequence(tokens(s.sentence()), labels.id(s));
  }

  /** Predictions of encoded examples, in batches. */
  List<Prediction> predictEncoded(List<LabeledSequence> examples) {
    List<Prediction> out = new ArrayList<>(examples.size());
    for (int from = 0; from < examples.size(); from += PREDICT_BATCH) {
      out.addAll(model.predict(examples.subList(from, Math.min(examples.size(), from + PREDICT_BATCH))));
    }
    return out;
  }

  private InputSequence tokens(String sentence) {
    List<String> words = tokenizer.tokenize(sentence);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a sentence to classify needs at least one word, got '" + sentence + "'");
    }
    return InputSequence.ofTokens(vocabulary.encode(words));
  }
}
