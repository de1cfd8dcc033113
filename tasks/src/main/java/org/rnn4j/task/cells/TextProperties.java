package org.rnn4j.task.cells;

import java.util.List;

/**
 * The properties a unit is correlated with, computed from the text alone (characters are Unicode code points):
 * <ul>
 *   <li>{@code in_quotes}: 1 while an odd number of double quotes ({@code "}) has been read, so the opening quote
 *       is inside and the closing one outside; else 0.</li>
 *   <li>{@code bracket_depth}: how many of <code>( [ &#123;</code> are open after this character (a closing
 *       bracket of any kind closes one, never below 0).</li>
 *   <li>{@code in_brackets}: 1 where {@code bracket_depth > 0}.</li>
 *   <li>{@code position_in_line}: the character's index in its line, from 0 (a newline ends its line).</li>
 *   <li>{@code start_of_line}: 1 for the first character of each line.</li>
 *   <li>{@code inside_word}: 1 for letters and digits.</li>
 *   <li>{@code after_if}: 1 from the first character after the keyword {@code if} (a whole word) to the end of
 *       the line, the newline excluded (the word is over only once a non-letter follows it).</li>
 *   <li>{@code whitespace}: 1 for spaces, tabs and newlines.</li>
 *   <li>{@code in_comment}: 1 inside a C, C++ or Java comment, delimiters included: from {@code /*} to the
 *       closing {@code *&#47;}, or from {@code //} to the end of the line (the newline excluded).</li>
 * </ul>
 */
public final class TextProperties {
  /** The name of the quote property. */
  public static final String IN_QUOTES = "in_quotes";
  /** The name of the bracket nesting depth. */
  public static final String BRACKET_DEPTH = "bracket_depth";
  /** The name of the inside-brackets property. */
  public static final String IN_BRACKETS = "in_brackets";
  /** The name of the position in the line. */
  public static final String POSITION_IN_LINE = "position_in_line";
  /** The name of the start-of-line property. */
  public static final String START_OF_LINE = "start_of_line";
  /** The name of the inside-a-word property. */
  public static final String INSIDE_WORD = "inside_word";
  /** The name of the after-{@code if} property. */
  public static final String AFTER_IF = "after_if";
  /** The name of the whitespace property. */
  public static final String WHITESPACE = "whitespace";
  /** The name of the inside-a-comment property. */
  public static final String IN_COMMENT = "in_comment";

  private TextProperties() {}

  /** Every property above of {@code text}, in the order listed. */
  public static List<TextProperty> of(String text) {
    int[] cp = text.codePoints().toArray();
    if (cp.length == 0) {
      throw new IllegalArgumentException("text must hold at least one character, got none");
    }
    int n = cp.length;
    double[] quotes = new double[n];
    double[] depth = new double[n];
    double[] inBrackets = new double[n];
    double[] position = new double[n];
    double[] start = new double[n];
    double[] word = new double[n];
    double[] afterIf = new double[n];
    double[] space = new double[n];
    double[] comment = new double[n];
    int blockStart = -1;  // index of the '/' opening the current block comment, or -1
    boolean lineComment = false;
    boolean inQuote = false;
    int open = 0;
    int column = 0;
    boolean ifSeen = false;
    for (int t = 0; t < n; t++) {
      int c = cp[t];
      if (c == '"') {
        inQuote = !inQuote;
      }
      if (c == '(' || c == '[' || c == '{') {
        open++;
      } else if ((c == ')' || c == ']' || c == '}') && open > 0) {
        open--;
      }
      quotes[t] = inQuote ? 1 : 0;
      depth[t] = open;
      inBrackets[t] = open > 0 ? 1 : 0;
      position[t] = column;
      start[t] = column == 0 ? 1 : 0;
      word[t] = isWord(c) ? 1 : 0;
      space[t] = Character.isWhitespace(c) ? 1 : 0;
      if (c == '\n') {
        ifSeen = false;
      } else if (!ifSeen && isIf(cp, t)) {
        ifSeen = true;
      }
      afterIf[t] = ifSeen ? 1 : 0;
      column = c == '\n' ? 0 : column + 1;
      if (blockStart < 0 && !lineComment && c == '/' && t + 1 < n && (cp[t + 1] == '*' || cp[t + 1] == '/')) {
        if (cp[t + 1] == '*') {
          blockStart = t;
        } else {
          lineComment = true;
        }
      }
      if (lineComment && c == '\n') {
        lineComment = false;
      }
      comment[t] = blockStart >= 0 || lineComment ? 1 : 0;
      if (blockStart >= 0 && c == '/' && t >= blockStart + 3 && cp[t - 1] == '*') {
        blockStart = -1;
      }
    }
    return List.of(
        new TextProperty(IN_QUOTES, "inside double quotes (opening quote included)", quotes),
        new TextProperty(BRACKET_DEPTH, "number of open ( [ { brackets", depth),
        new TextProperty(IN_BRACKETS, "inside ( [ { brackets", inBrackets),
        new TextProperty(POSITION_IN_LINE, "index of the character in its line", position),
        new TextProperty(START_OF_LINE, "first character of a line", start),
        new TextProperty(INSIDE_WORD, "a letter or digit", word),
        new TextProperty(AFTER_IF, "after the word 'if', to the end of its line", afterIf),
        new TextProperty(WHITESPACE, "a space, tab or newline", space),
        new TextProperty(IN_COMMENT, "inside a /* */ or // comment", comment));
  }

  /** Whether {@code cp[t]} is the first character after a whole word {@code if}. */
  private static boolean isIf(int[] cp, int t) {
    return t >= 2 && !isWord(cp[t]) && cp[t - 1] == 'f' && cp[t - 2] == 'i' && (t < 3 || !isWord(cp[t - 3]));
  }

  private static boolean isWord(int c) {
    return Character.isLetterOrDigit(c);
  }
}
