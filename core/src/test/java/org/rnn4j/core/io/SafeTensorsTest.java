package org.rnn4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The safetensors layout byte for byte, round trips, and rejection of damaged files.
 *
 * <p>{@link #writesTheInteropFileThatPythonChecks} writes {@code core/target/safetensors-interop/interop.safetensors};
 * {@code core/src/test/python/safetensors_interop.py} parses that file with plain Python ({@code struct},
 * {@code json}), NumPy and {@code torch.frombuffer} and checks every name, shape, dtype and value. It was run once
 * (passing) when this format was written; this test does not need Python.
 */
class SafeTensorsTest {

  /** The tensors of the interop file; the Python script recomputes the same values. */
  static Map<String, Tensor> interopTensors() {
    Map<String, Tensor> t = new LinkedHashMap<>();
    float[] w = new float[8 * 3];
    for (int i = 0; i < w.length; i++) {
      w[i] = i * 0.25f - 3f;
    }
    t.put("weight_ih_l0", Tensor.f32(new int[] {8, 3}, w));
    float[] b = new float[8];
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) Math.pow(-2, i) / 3f;
    }
    t.put("bias_ih_l0", Tensor.f32(new int[] {8}, b));
    double[] d = {Math.PI, -0.0, Double.MIN_VALUE, 1e300, Math.E, 0.1};
    t.put("history/loss", Tensor.f64(new int[] {2, 3}, d));
    t.put("scalar", Tensor.f32(new int[] {}, new float[] {42.5f}));
    return t;
  }

  @Test
  void writesTheInteropFileThatPythonChecks() throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "safetensors-interop"));
    Path file = dir.resolve("interop.safetensors");
    SafeTensors.write(file, interopTensors(), Map.of("format", "pt", "note", "written by rnn4j"));
    SafeTensors.Contents back = SafeTensors.read(file);
    assertEquals(interopTensors(), back.tensors());
    assertEquals(Map.of("format", "pt", "note", "written by rnn4j"), back.metadata());
  }

  @Test
  void layoutIsLengthThenPaddedJsonThenLittleEndianData() {
    byte[] bytes = SafeTensors.encode(Map.of("w", Tensor.f32(new int[] {2}, new float[] {1f, -2f})), Map.of());
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long n = in.getLong();
    assertEquals(0, n % 8, "header padded to 8 bytes");
    String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
    assertEquals("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", header.strip());
    assertTrue(header.endsWith(" ") || header.endsWith("}"));
    assertEquals(8 + n + 8, bytes.length);
    in.position(8 + (int) n);
    assertEquals(1f, in.getFloat());
    assertEquals(-2f, in.getFloat());
  }

  @Test
  void readsAFileWithHeaderOrderDifferentFromDataOrder() throws IOException {
    String header = "{\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
        + "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(8 + json.length + 8).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(json.length).put(json).putFloat(1f).putFloat(2f);
    SafeTensors.Contents c = SafeTensors.decode(buf.array(), "hand-made");
    assertArrayEquals(new float[] {1f}, c.tensors().get("a").floats());
    assertArrayEquals(new float[] {2f}, c.tensors().get("b").floats());
  }

  @Test
  void rejectsTruncatedFilesNamingTheSource() {
    byte[] bytes = SafeTensors.encode(interopTensors(), Map.of());
    for (int cut : new int[] {0, 5, 8, 20, bytes.length - 1}) {
      CorruptFileException e = assertThrows(CorruptFileException.class,
          () -> SafeTensors.decode(Arrays.copyOf(bytes, cut), "x.safetensors"), "cut at " + cut);
      assertTrue(e.getMessage().startsWith("x.safetensors is corrupt: "), e.getMessage());
      assertEquals("x.safetensors", e.file());
    }
  }

  @Test
  void rejectsBadHeaders() {
    assertRejected("{\"w\":{\"dtype\":\"F16\",\"shape\":[1],\"data_offsets\":[0,2]}}", 2, "dtype F16");
    assertRejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}", 4, "needs 8 bytes");
    assertRejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8, "starts at byte 4");
    assertRejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 8, "cover 4 bytes");
    assertRejected("{\"w\":3}", 0, "must be an object");
    assertRejected("[1,2]", 0, "must be a JSON object");
    assertRejected("{\"w\":", 0, "not valid JSON");
  }

  private static void assertRejected(String header, int dataBytes, String expected) {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(8 + json.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(json.length).put(json);
    CorruptFileException e = assertThrows(CorruptFileException.class, () -> SafeTensors.decode(buf.array(), "f"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void tensorRejectsAShapeThatDoesNotFitItsValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tensor.f32(new int[] {2, 2}, new float[3]));
    assertEquals("shape [2, 2] holds 4 elements, but 3 values were given", e.getMessage());
    assertThrows(IllegalStateException.class, () -> Tensor.f32(new int[] {1}, new float[1]).doubles());
  }
}
