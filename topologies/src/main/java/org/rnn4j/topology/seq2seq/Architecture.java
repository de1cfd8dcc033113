package org.rnn4j.topology.seq2seq;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rnn4j.core.cell.CellType;

/**
 * The settings that define a sequence-to-sequence network (not its weights). Validated on construction; messages
 * name the setting, the expected and the actual value.
 *
 * @param cellType cell of every encoder and decoder layer
 * @param sourceVocabulary number of source tokens
 * @param targetVocabulary number of target tokens, including pad, start and end
 * @param embeddingSize width of the learned token embeddings, or 0 for one-hot inputs
 * @param hiddenSize encoder hidden size per direction
 * @param decoderHiddenSize decoder hidden size
 * @param layers layers of the encoder and of the decoder
 * @param bidirectional whether the encoder reads both directions
 * @param attention attention of the decoder over the encoder outputs
 * @param learnedBridge whether a learned bridge maps encoder to decoder states even when sizes match (one is
 *     always used for a bidirectional encoder or different hidden sizes)
 * @param dropout dropout between layers, in training
 * @param padId target (and source) filler of padded positions, in the target vocabulary
 * @param startId first decoder input
 * @param endId the token that ends an output
 * @param seed seed of every initialiser
 */
public record Architecture(CellType cellType, int sourceVocabulary, int targetVocabulary, int embeddingSize,
    int hiddenSize, int decoderHiddenSize, int layers, boolean bidirectional, Attention attention,
    boolean learnedBridge, double dropout, int padId, int startId, int endId, long seed) {

  /** Validates every setting. */
  public Architecture {
    if (cellType == null) {
      throw new IllegalArgumentException("cellType must be one of " + java.util.Arrays.toString(CellType.values())
          + ", got null");
    }
    if (attention == null) {
      throw new IllegalArgumentException("attention must be NONE, DOT or GENERAL, got null");
    }
    positive("sourceVocabulary", sourceVocabulary);
    positive("targetVocabulary", targetVocabulary);
    if (embeddingSize < 0) {
      throw new IllegalArgumentException("embeddingSize must be >= 0 (0 means one-hot), got " + embeddingSize);
    }
    positive("hiddenSize", hiddenSize);
    positive("decoderHiddenSize", decoderHiddenSize);
    positive("layers", layers);
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    tokenId("padId", padId, targetVocabulary);
    tokenId("startId", startId, targetVocabulary);
    tokenId("endId", endId, targetVocabulary);
    if (startId == endId) {
      throw new IllegalArgumentException("startId and endId must differ, got " + startId + " for both");
    }
    int encoderWidth = hiddenSize * (bidirectional ? 2 : 1);
    if (attention == Attention.DOT && encoderWidth != decoderHiddenSize) {
      throw new IllegalArgumentException("dot attention needs the encoder output width (" + encoderWidth
          + ") to equal decoderHiddenSize, got " + decoderHiddenSize + "; use general attention");
    }
  }

  /** Encoder output width: {@code hiddenSize}, doubled when bidirectional. */
  public int encoderWidth() {
    return hiddenSize * (bidirectional ? 2 : 1);
  }

  /** Whether encoder states pass through a learned bridge. */
  public boolean usesLearnedBridge() {
    return learnedBridge || bidirectional || hiddenSize != decoderHiddenSize;
  }

  /** The settings as text, keyed by component name. */
  public Map<String, String> toConfig() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("topology", "seq2seq");
    m.put("cell", cellType.name().toLowerCase(java.util.Locale.ROOT));
    m.put("sourceVocabulary", Integer.toString(sourceVocabulary));
    m.put("targetVocabulary", Integer.toString(targetVocabulary));
    m.put("embeddingSize", Integer.toString(embeddingSize));
    m.put("hiddenSize", Integer.toString(hiddenSize));
    m.put("decoderHiddenSize", Integer.toString(decoderHiddenSize));
    m.put("layers", Integer.toString(layers));
    m.put("bidirectional", Boolean.toString(bidirectional));
    m.put("attention", attention.name().toLowerCase(java.util.Locale.ROOT));
    m.put("learnedBridge", Boolean.toString(learnedBridge));
    m.put("dropout", Double.toString(dropout));
    m.put("padId", Integer.toString(padId));
    m.put("startId", Integer.toString(startId));
    m.put("endId", Integer.toString(endId));
    m.put("seed", Long.toString(seed));
    return m;
  }

  /**
   * Settings from {@link #toConfig()}.
   *
   * @throws IllegalArgumentException naming a missing or unparsable key
   */
  public static Architecture fromConfig(Map<String, String> c) {
    return new Architecture(CellType.parse(get(c, "cell")), integer(c, "sourceVocabulary"),
        integer(c, "targetVocabulary"), integer(c, "embeddingSize"), integer(c, "hiddenSize"),
        integer(c, "decoderHiddenSize"), integer(c, "layers"), bool(c, "bidirectional"),
        Attention.parse(get(c, "attention")), bool(c, "learnedBridge"), number(c, "dropout"), integer(c, "padId"),
        integer(c, "startId"), integer(c, "endId"), longValue(c, "seed"));
  }

  private static String get(Map<String, String> c, String key) {
    String v = c.get(key);
    if (v == null) {
      throw new IllegalArgumentException("config must contain '" + key + "', got keys " + c.keySet());
    }
    return v;
  }

  private static int integer(Map<String, String> c, String key) {
    try {
      return Integer.parseInt(get(c, key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be an integer, got '" + c.get(key) + "'");
    }
  }

  private static double number(Map<String, String> c, String key) {
    try {
      return Double.parseDouble(get(c, key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be a number, got '" + c.get(key) + "'");
    }
  }

  private static long longValue(Map<String, String> c, String key) {
    try {
      return Long.parseLong(get(c, key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("config '" + key + "' must be an integer, got '" + c.get(key) + "'");
    }
  }

  private static boolean bool(Map<String, String> c, String key) {
    String v = get(c, key).trim();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("config '" + key + "' must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  private static void tokenId(String name, int id, int vocabulary) {
    if (id < 0 || id >= vocabulary) {
      throw new IllegalArgumentException(name + " must be in [0, " + vocabulary + ") (the target vocabulary), got "
          + id);
    }
  }
}
