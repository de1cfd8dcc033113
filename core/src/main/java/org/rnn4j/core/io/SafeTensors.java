package org.rnn4j.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The safetensors file format, as read by PyTorch's {@code safetensors} package: an 8-byte little-endian header
 * length {@code N}, {@code N} bytes of UTF-8 JSON mapping each tensor name to
 * {@code {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}} (plus an optional {@code "__metadata__"}
 * object of string values), padded with spaces so the data starts at a multiple of 8, then the tensors' raw
 * little-endian bytes, back to back in header order. {@code F32} and {@code F64} tensors are supported.
 *
 * <pre>{@code
 * SafeTensors.write(path, Map.of("weight", Tensor.f32(new int[] {2, 3}, values)), Map.of("format", "pt"));
 * SafeTensors.Contents c = SafeTensors.read(path);
 * float[] w = c.tensors().get("weight").floats();
 * }</pre>
 */
public final class SafeTensors {
  /** The key of the metadata object in the header. */
  public static final String METADATA_KEY = "__metadata__";

  private static final long MAX_HEADER_BYTES = 100L << 20;

  private SafeTensors() {}

  /**
   * A file's tensors in file order and its metadata.
   *
   * @param tensors name to tensor, in the order of the data
   * @param metadata the {@code __metadata__} strings (empty when absent)
   */
  public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {
    /** Unmodifiable copies of both maps. */
    public Contents {
      tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
      metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
  }

  /** The bytes of a safetensors file holding {@code tensors} (data in map order) and {@code metadata}. */
  public static byte[] encode(Map<String, Tensor> tensors, Map<String, String> metadata) {
    Objects.requireNonNull(tensors, "tensors");
    Objects.requireNonNull(metadata, "metadata");
    Map<String, Object> header = new LinkedHashMap<>();
    if (!metadata.isEmpty()) {
      header.put(METADATA_KEY, new LinkedHashMap<>(metadata));
    }
    long offset = 0;
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "tensor name");
      if (name.isEmpty() || name.equals(METADATA_KEY)) {
        throw new IllegalArgumentException("tensor name must be non-empty and not " + METADATA_KEY + ", got '"
            + name + "'");
      }
      Tensor t = e.getValue();
      long bytes = (long) t.size() * t.dtype().bytes();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("dtype", t.dtype().name());
      List<Object> shape = new ArrayList<>();
      for (int d : t.shape()) {
        shape.add((long) d);
      }
      entry.put("shape", shape);
      entry.put("data_offsets", List.of(offset, offset + bytes));
      header.put(name, entry);
      offset += bytes;
    }
    byte[] json = Json.write(header).getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    if (offset + padded + 8 > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("tensors too large for one array: " + offset + " bytes");
    }
    ByteBuffer out = ByteBuffer.allocate(8 + padded + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
    out.putLong(padded);
    out.put(json);
    for (int i = json.length; i < padded; i++) {
      out.put((byte) ' ');
    }
    for (Tensor t : tensors.values()) {
      if (t.dtype() == Tensor.DType.F32) {
        out.asFloatBuffer().put(t.floatsNoCopy());
      } else {
        out.asDoubleBuffer().put(t.doublesNoCopy());
      }
      out.position(out.position() + t.size() * t.dtype().bytes());
    }
    return out.array();
  }

  /** Writes {@link #encode} of the arguments to {@code path} (not atomically; see {@link Checkpoint}). */
  public static void write(Path path, Map<String, Tensor> tensors, Map<String, String> metadata)
      throws IOException {
    Files.write(path, encode(tensors, metadata));
  }

  /**
   * Reads a safetensors file.
   *
   * @throws IOException if the file cannot be read, or (as {@link CorruptFileException}) is not a valid
   *     safetensors file of F32/F64 tensors; the message names the file and what is wrong
   */
  public static Contents read(Path path) throws IOException {
    return decode(Files.readAllBytes(path), path.toString());
  }

  /**
   * Parses the bytes of a safetensors file; {@code source} names it in error messages.
   *
   * @throws CorruptFileException naming {@code source} and what is wrong
   */
  public static Contents decode(byte[] bytes, String source) throws CorruptFileException {
    if (bytes.length < 8) {
      throw new CorruptFileException(source, "it has " + bytes.length + " bytes, fewer than the 8 of the header "
          + "length (truncated?)");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long headerLength = in.getLong();
    if (headerLength < 2 || headerLength > MAX_HEADER_BYTES || headerLength > bytes.length - 8) {
      throw new CorruptFileException(source, "the header length is " + headerLength + ", but the file has "
          + (bytes.length - 8) + " bytes after the length field (truncated or not a safetensors file?)");
    }
    String json = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
    Object parsed;
    try {
      parsed = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new CorruptFileException(source, "the header is not valid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> header)) {
      throw new CorruptFileException(source, "the header must be a JSON object");
    }
    int dataStart = 8 + (int) headerLength;
    int dataLength = bytes.length - dataStart;
    Map<String, String> metadata = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : header.entrySet()) {
      String name = (String) e.getKey();
      if (name.equals(METADATA_KEY)) {
        readMetadata(source, e.getValue(), metadata);
      } else {
        entries.add(Entry.parse(source, name, e.getValue(), dataLength));
      }
    }
    checkCoverage(source, entries, dataLength);
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (Entry entry : entries) {
      tensors.put(entry.name, entry.read(in, dataStart));
    }
    return new Contents(tensors, metadata);
  }

  private static void readMetadata(String source, Object value, Map<String, String> metadata)
      throws CorruptFileException {
    if (!(value instanceof Map<?, ?> map)) {
      throw new CorruptFileException(source, METADATA_KEY + " must be an object of strings");
    }
    for (Map.Entry<?, ?> m : map.entrySet()) {
      if (!(m.getValue() instanceof String s)) {
        throw new CorruptFileException(source, METADATA_KEY + " value of '" + m.getKey() + "' must be a string, got "
            + m.getValue());
      }
      metadata.put((String) m.getKey(), s);
    }
  }

  private static void checkCoverage(String source, List<Entry> entries, int dataLength)
      throws CorruptFileException {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> Long.compare(a.begin, b.begin));
    long expected = 0;
    for (Entry e : sorted) {
      if (e.begin != expected) {
        throw new CorruptFileException(source, "tensor '" + e.name + "' starts at byte " + e.begin + " of the data, "
            + "expected " + expected + " (tensors must tile the data without gaps or overlaps)");
      }
      expected = e.end;
    }
    if (expected != dataLength) {
      throw new CorruptFileException(source, "the tensors cover " + expected + " bytes of data, but the file holds "
          + dataLength + " (truncated or trailing bytes?)");
    }
  }

  /** One header entry, validated against the data size. */
  private record Entry(String name, Tensor.DType dtype, int[] shape, long begin, long end) {
    static Entry parse(String source, String name, Object value, int dataLength) throws CorruptFileException {
      if (!(value instanceof Map<?, ?> map)) {
        throw new CorruptFileException(source, "header entry '" + name + "' must be an object");
      }
      Object dtypeName = map.get("dtype");
      Tensor.DType dtype;
      if ("F32".equals(dtypeName)) {
        dtype = Tensor.DType.F32;
      } else if ("F64".equals(dtypeName)) {
        dtype = Tensor.DType.F64;
      } else {
        throw new CorruptFileException(source, "tensor '" + name + "' has dtype " + dtypeName
            + "; only F32 and F64 are supported");
      }
      int[] shape = ints(source, name, "shape", map.get("shape"), -1);
      int[] offsets = ints(source, name, "data_offsets", map.get("data_offsets"), 2);
      long elements;
      try {
        elements = Tensor.elementCount(shape);
      } catch (IllegalArgumentException e) {
        throw new CorruptFileException(source, "tensor '" + name + "': " + e.getMessage());
      }
      long begin = offsets[0];
      long end = offsets[1];
      if (begin > end || end > dataLength) {
        throw new CorruptFileException(source, "tensor '" + name + "' has data_offsets [" + begin + ", " + end
            + "], outside the " + dataLength + " bytes of data (truncated?)");
      }
      if (end - begin != elements * dtype.bytes()) {
        throw new CorruptFileException(source, "tensor '" + name + "' of shape " + Arrays.toString(shape) + " and "
            + dtype + " needs " + elements * dtype.bytes() + " bytes, but its data_offsets span " + (end - begin));
      }
      return new Entry(name, dtype, shape, begin, end);
    }

    private static int[] ints(String source, String name, String field, Object value, int length)
        throws CorruptFileException {
      if (!(value instanceof List<?> list) || (length >= 0 && list.size() != length)) {
        throw new CorruptFileException(source, "tensor '" + name + "' must have " + field + " as an array"
            + (length >= 0 ? " of " + length + " integers" : " of integers") + ", got " + value);
      }
      int[] out = new int[list.size()];
      for (int i = 0; i < out.length; i++) {
        if (!(list.get(i) instanceof Long v) || v < 0 || v > Integer.MAX_VALUE) {
          throw new CorruptFileException(source, "tensor '" + name + "' has a bad " + field + " element: "
              + list.get(i));
        }
        out[i] = (int) (long) v;
      }
      return out;
    }

    Tensor read(ByteBuffer in, int dataStart) {
      ByteBuffer slice = in.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      slice.position(dataStart + (int) begin);
      int n = (int) ((end - begin) / dtype.bytes());
      if (dtype == Tensor.DType.F32) {
        float[] values = new float[n];
        slice.asFloatBuffer().get(values);
        return Tensor.f32(shape, values);
      }
      double[] values = new double[n];
      slice.asDoubleBuffer().get(values);
      return Tensor.f64(shape, values);
    }
  }
}
