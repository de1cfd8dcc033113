package org.rnn4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextHeatmapTest {

  @Test
  void eachCharacterIsASpanColouredByItsScaledValueAndEscaped() {
    String html = TextHeatmap.render("<a\n\"😀", new double[] {-1, 0.04, 0.5, 2, 0.26}, 1, 100);
    assertEquals("<div class=\"heat\"><span class=\"n10\" title=\"-1.000\">&lt;</span>"
        + "<span class=\"z\" title=\"0.040\">a</span><span class=\"p5\" title=\"0.500\">\u21b5</span>\n"
        + "<span class=\"p10\" title=\"2.000\">&quot;</span><span class=\"p3\" title=\"0.260\">😀</span></div>\n",
        html);
  }

  @Test
  void aScaleDividesAndMaxCharsCuts() {
    String html = TextHeatmap.render("abc", new double[] {-2, 4, 9}, 4, 2);
    assertTrue(html.contains("class=\"n5\" title=\"-2.000\">a<"), html);
    assertTrue(html.contains("class=\"p10\" title=\"4.000\">b<"), html);
    assertTrue(!html.contains(">c<"), html);
    assertThrows(IllegalArgumentException.class, () -> TextHeatmap.render("abc", new double[2], 1, 10));
    assertThrows(IllegalArgumentException.class, () -> TextHeatmap.render("abc", new double[3], 0, 10));
  }

  @Test
  void aWindowShowsCharactersFromAnIndex() {
    String html = TextHeatmap.render("ab😀cd", new double[] {0, 0, 0.5, -0.5, 0}, 1, 2, 2);
    assertEquals("<div class=\"heat\"><span class=\"p5\" title=\"0.500\">😀</span>"
        + "<span class=\"n5\" title=\"-0.500\">c</span></div>\n", html, "code point indices");
    assertThrows(IllegalArgumentException.class, () -> TextHeatmap.render("abc", new double[3], 1, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> TextHeatmap.render("abc", new double[3], 1, -1, 1));
  }

  @Test
  void everyLevelHasAStyle() {
    String css = TextHeatmap.style();
    for (int k = 1; k <= TextHeatmap.LEVELS; k++) {
      assertTrue(css.contains(".p" + k + "{") && css.contains(".n" + k + "{"), "level " + k);
    }
    assertEquals("z", TextHeatmap.level(Double.NaN));
  }
}
