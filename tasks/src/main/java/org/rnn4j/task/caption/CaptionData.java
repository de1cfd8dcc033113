package org.rnn4j.task.caption;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rnn4j.task.DataFileException;

/**
 * Loads real precomputed image features and their captions.
 *
 * <p><b>Features file</b>: one image per line, {@code image_id<SEP>f1<SEP>f2...}, where SEP is a tab for a
 * {@code .tsv} file and a comma for a {@code .csv} file (no quoting). Every line has the same number of values,
 * each a finite decimal number. A first line whose values are all non-numeric is a header and skipped. Blank
 * lines are skipped.
 *
 * <p><b>Captions file</b>: {@code image_id<TAB>caption}, or Multi30k's {@code image_id<TAB>caption_no<TAB>caption}
 * (the number is ignored); an image may have several captions, on any lines. Every id must be in the features
 * file; images of the features file without captions are left out of the result. Blank lines are skipped.
 *
 * <p>Both files are strict UTF-8. Any problem is a {@link DataFileException} naming the file, the line and what
 * was wrong.
 */
public final class CaptionData {
  private CaptionData() {}

  /**
   * The captioned images, in the order of the features file.
   *
   * @throws DataFileException for a missing, malformed or inconsistent file
   */
  public static List<CaptionedImage> load(Path features, Path captions) {
    Map<String, float[]> vectors = readFeatures(features);
    Map<String, List<String>> texts = readCaptions(captions, features, vectors);
    List<CaptionedImage> out = new ArrayList<>();
    for (Map.Entry<String, float[]> e : vectors.entrySet()) {
      List<String> c = texts.get(e.getKey());
      if (c != null) {
        out.add(new CaptionedImage(e.getKey(), e.getValue(), c, e.getKey()));
      }
    }
    if (out.isEmpty()) {
      throw new DataFileException(captions, 0, "no captions");
    }
    return out;
  }

  /**
   * The feature vectors of a {@code .tsv} or {@code .csv} file by image id, in file order.
   *
   * @throws DataFileException for a missing or malformed file
   */
  public static Map<String, float[]> readFeatures(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    char separator;
    if (name.endsWith(".tsv")) {
      separator = '\t';
    } else if (name.endsWith(".csv")) {
      separator = ',';
    } else {
      throw new DataFileException(file, 0, "features must be a .tsv or .csv file, got '" + file.getFileName() + "'");
    }
    Map<String, float[]> out = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    int width = -1;
    int widthLine = 0;
    boolean first = true;
    try (Utf8Lines lines = new Utf8Lines(file)) {
      String line;
      while ((line = lines.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        int n = lines.number();
        String[] fields = line.split(separator == '\t' ? "\t" : ",", -1);
        String id = fields[0].strip();
        if (fields.length < 2) {
          throw new DataFileException(file, n, "expected image_id" + sepName(separator)
              + "f1" + sepName(separator) + "f2..., got 1 field");
        }
        if (id.isEmpty()) {
          throw new DataFileException(file, n, "empty image id");
        }
        boolean header = first && isHeader(fields);
        first = false;
        if (header) {
          continue;
        }
        if (width < 0) {
          width = fields.length - 1;
          widthLine = n;
        } else if (fields.length - 1 != width) {
          throw new DataFileException(file, n, "expected " + width + " feature values (as on line " + widthLine
              + "), got " + (fields.length - 1));
        }
        float[] v = new float[width];
        for (int i = 0; i < width; i++) {
          v[i] = number(fields[i + 1], file, n, i + 1);
        }
        Integer earlier = firstLine.putIfAbsent(id, n);
        if (earlier != null) {
          throw new DataFileException(file, n, "duplicate image id '" + id + "' (first on line " + earlier + ")");
        }
        out.put(id, v);
      }
    }
    if (out.isEmpty()) {
      throw new DataFileException(file, 0, "no feature vectors");
    }
    return out;
  }

  /** Captions by image id; every id must be a key of {@code known} (read from {@code featuresFile}). */
  private static Map<String, List<String>> readCaptions(Path file, Path featuresFile, Map<String, float[]> known) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Utf8Lines lines = new Utf8Lines(file)) {
      String line;
      while ((line = lines.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        int n = lines.number();
        String[] fields = line.split("\t", -1);
        String caption;
        if (fields.length == 2) {
          caption = fields[1];
        } else if (fields.length == 3) {
          if (!fields[1].strip().matches("\\d+")) {
            throw new DataFileException(file, n, "expected a caption number in field 2 of image_id<TAB>caption_no"
                + "<TAB>caption, got '" + fields[1] + "'");
          }
          caption = fields[2];
        } else {
          throw new DataFileException(file, n, "expected image_id<TAB>caption or image_id<TAB>caption_no<TAB>"
              + "caption, got " + fields.length + (fields.length == 1 ? " field" : " fields"));
        }
        String id = fields[0].strip();
        if (!known.containsKey(id)) {
          throw new DataFileException(file, n, "image id '" + id + "' has no features in " + featuresFile);
        }
        caption = caption.strip();
        if (caption.isEmpty()) {
          throw new DataFileException(file, n, "empty caption for image '" + id + "'");
        }
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(caption);
      }
    }
    return out;
  }

  private static boolean isHeader(String[] fields) {
    for (int i = 1; i < fields.length; i++) {
      if (!Float.isNaN(parse(fields[i].strip())) || fields[i].strip().equals("NaN")) {
        return false;
      }
    }
    return true;
  }

  private static float number(String field, Path file, int line, int index) {
    String s = field.strip();
    float v = parse(s);
    if (Float.isNaN(v) && !s.equals("NaN")) {
      throw new DataFileException(file, line, "feature value " + index + " '" + field + "' is not a number");
    }
    if (!Float.isFinite(v)) {
      throw new DataFileException(file, line, "feature value " + index + " '" + field + "' is not finite");
    }
    return v;
  }

  /** A decimal number (sign, digits, point, exponent) or NaN/Infinity; NaN also for anything else. */
  private static float parse(String s) {
    if (s.isEmpty()) {
      return Float.NaN;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      if (!plain && !s.endsWith("Infinity")) {
        return Float.NaN;
      }
    }
    try {
      return Float.parseFloat(s);
    } catch (NumberFormatException e) {
      return Float.NaN;
    }
  }

  private static String sepName(char separator) {
    return separator == '\t' ? "<TAB>" : ",";
  }
}
