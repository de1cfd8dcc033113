package org.rnn4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesAndReadsBackEveryKindOfValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "quote \" backslash \\ newline \n tab \t ctrl \u0001 unicode é");
    m.put("long", -9007199254740993L);
    m.put("double", 1.0E-4);
    m.put("list", List.of(1L, 2.5, "x", true, false));
    m.put("null", null);
    m.put("nested", Map.of("k", List.of()));
    String text = Json.write(m);
    Object back = Json.parse(text);
    assertEquals(m, back);
    assertEquals(text, Json.write(back));
  }

  @Test
  void readsWhitespaceAndEscapesOfOtherWriters() {
    Object v = Json.parse(" {\n \"a\" : [ 1 , 2e3 , \"\\u00e9\\/\" ] }  ");
    assertEquals(Map.of("a", List.of(1L, 2000.0, "é/")), v);
  }

  @Test
  void rejectsMalformedTextNamingThePosition() {
    for (String bad : new String[] {"{", "{\"a\":}", "[1,]", "{\"a\":1,\"a\":2}", "01x", "\"abc", "{} x", "tru"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("invalid JSON at character "), e.getMessage());
    }
  }

  @Test
  void refusesNonFiniteNumbers() {
    assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Double.NaN)));
  }
}
