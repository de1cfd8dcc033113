package org.rnn4j.task.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlantedTextTest {

  @Test
  void sameSeedSameTextAndEveryLineIsBalanced() {
    String text = PlantedText.generate(7, 300);
    assertEquals(text, PlantedText.generate(7, 300));
    assertNotEquals(text, PlantedText.generate(8, 300));
    String[] lines = text.split("\n");
    assertEquals(300, lines.length);
    int quotedLines = 0;
    int maxDepth = 0;
    for (String line : lines) {
      assertTrue(line.endsWith("."), line);
      assertEquals(0, line.chars().filter(c -> c == '"').count() % 2, line);
      int depth = 0;
      for (char c : line.toCharArray()) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        assertTrue(depth >= 0, line);
        maxDepth = Math.max(maxDepth, depth);
      }
      assertEquals(0, depth, line);
      quotedLines += line.contains("\"") ? 1 : 0;
    }
    assertEquals(PlantedText.MAX_DEPTH, maxDepth);
    assertTrue(quotedLines > 100, "quotes are common: " + quotedLines);
    double[] inQuotes = TextProperties.of(text).get(0).values();
    double share = java.util.Arrays.stream(inQuotes).average().orElseThrow();
    assertTrue(share > 0.15 && share < 0.6, "a good share of characters is quoted: " + share);
  }

  @Test
  void ofLengthGivesWholeLinesOfAtLeastThatLength() {
    String text = PlantedText.ofLength(1, 1000);
    assertTrue(text.length() >= 1000 && text.endsWith(".\n"));
  }
}
