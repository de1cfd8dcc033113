package org.rnn4j.task.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tokenisation of mteval-v13a (WMT's BLEU script), as sacreBLEU's default {@code 13a} tokenizer applies it:
 * drop {@code <skipped>}, join lines broken after a hyphen, unescape {@code &quot; &amp; &lt; &gt;}, put spaces
 * around ASCII punctuation except the apostrophe, period, comma and hyphen, split a period or comma off unless it
 * sits between digits, split a hyphen that follows a digit, then split on whitespace. Letters of every script,
 * Hangul and CJK included, stay together as written.
 */
public final class Tokenizer13a {
  /** ASCII symbols 0x20-0x26, 0x28-0x2B, 0x2F, 0x3A-0x40, 0x5B-0x60, 0x7B-0x7E. */
  private static final Pattern SYMBOL = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private Tokenizer13a() {}

  /** The 13a tokens of one segment (trailing whitespace ignored); no tokens for a blank segment. */
  public static List<String> tokenize(String segment) {
    String line = rstrip(segment);
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (line.indexOf('&') >= 0) {
      line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    line = " " + line + " ";
    line = SYMBOL.matcher(line).replaceAll(" $1 ");
    line = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
    line = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
    line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
    return splitOnWhitespace(line);
  }

  /** Splits on runs of whitespace as Python's {@code str.split()} defines it (Unicode spaces included). */
  static List<String> splitOnWhitespace(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Python's {@code str.isspace()} for one character: the Unicode space separators and the ASCII controls. */
  static boolean isSpace(char c) {
    return c >= '\t' && c <= '\r' || c >= '\u001c' && c <= ' ' || c == '\u0085' || c == '\u00a0' || c == '\u1680'
        || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f'
        || c == '\u3000';
  }
}
