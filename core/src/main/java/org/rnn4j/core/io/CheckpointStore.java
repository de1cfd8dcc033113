package org.rnn4j.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The on-disk form of a {@link Checkpoint}: see its class documentation for the layout. */
final class CheckpointStore {
  private static final String FORMAT = "rnn4j-checkpoint";
  private static final String[] PARTS = {"model", "optimizer", "extra"};
  private static final Pattern DATA_FILE = Pattern.compile("(model|optimizer|extra)-(\\d+)\\.safetensors");

  private CheckpointStore() {}

  static void write(Path dir, Checkpoint c) throws IOException {
    Files.createDirectories(dir);
    long generation = nextGeneration(dir);
    Map<String, String> optimizerMeta = new LinkedHashMap<>();
    optimizerMeta.put("type", c.optimizer().type());
    byte[][] contents = {
        SafeTensors.encode(c.weights(), Map.of("format", "pt")),
        SafeTensors.encode(c.optimizer().tensors(), optimizerMeta),
        SafeTensors.encode(c.extraTensors(), Map.of())};
    Map<String, Object> files = new LinkedHashMap<>();
    List<Path> written = new ArrayList<>();
    boolean committed = false;
    try {
      for (int i = 0; i < PARTS.length; i++) {
        Path file = dir.resolve(PARTS[i] + "-" + generation + ".safetensors");
        written.add(file);
        AtomicFiles.write(file, contents[i]);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", file.getFileName().toString());
        entry.put("bytes", (long) contents[i].length);
        entry.put("sha256", AtomicFiles.sha256(contents[i]));
        files.put(PARTS[i], entry);
      }
      Map<String, Object> manifest = manifest(c, generation, files);
      manifest.put("sha256", AtomicFiles.sha256(Json.write(manifest).getBytes(StandardCharsets.UTF_8)));
      AtomicFiles.write(dir.resolve(Checkpoint.MANIFEST),
          (Json.write(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
      committed = true;
    } finally {
      if (!committed) {
        for (Path p : written) {
          Files.deleteIfExists(p);
        }
      }
    }
    deleteOtherGenerations(dir, generation);
  }

  private static Map<String, Object> manifest(Checkpoint c, long generation, Map<String, Object> files) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("version", (long) Checkpoint.VERSION);
    m.put("generation", generation);
    TrainingPosition p = c.position();
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("epoch", (long) p.epoch());
    position.put("batch_in_epoch", (long) p.batchInEpoch());
    position.put("global_step", p.globalStep());
    position.put("seed", p.seed());
    m.put("position", position);
    Map<String, Object> optimizer = new LinkedHashMap<>();
    optimizer.put("type", c.optimizer().type());
    optimizer.put("steps", c.optimizer().steps());
    optimizer.put("learning_rate", c.optimizer().learningRate());
    m.put("optimizer", optimizer);
    m.put("config", new LinkedHashMap<>(c.config()));
    m.put("properties", new LinkedHashMap<>(c.properties()));
    m.put("files", files);
    return m;
  }

  static Checkpoint read(Path dir) throws IOException {
    Path manifestPath = dir.resolve(Checkpoint.MANIFEST);
    if (!Files.isRegularFile(manifestPath)) {
      throw new NoSuchFileException(manifestPath.toString(), null, "no checkpoint here: the manifest is missing");
    }
    Manifest m = new Manifest(manifestPath.toString(), Files.readAllBytes(manifestPath));
    Map<String, Tensor>[] parts = readParts(dir, m);
    Map<String, Object> opt = m.object(m.root, "optimizer");
    OptimizerState optimizer = new OptimizerState(m.string(opt, "type"), parts[1], m.integer(opt, "steps"),
        m.number(opt, "learning_rate"));
    Map<String, Object> pos = m.object(m.root, "position");
    TrainingPosition position;
    try {
      position = new TrainingPosition((int) m.integer(pos, "epoch"), (int) m.integer(pos, "batch_in_epoch"),
          m.integer(pos, "global_step"), m.integer(pos, "seed"));
    } catch (IllegalArgumentException e) {
      throw new CorruptFileException(m.source, "bad position: " + e.getMessage());
    }
    return new Checkpoint(m.strings("config"), parts[0], optimizer, position, m.strings("properties"), parts[2]);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Tensor>[] readParts(Path dir, Manifest m) throws IOException {
    Map<String, Object> files = m.object(m.root, "files");
    Map<String, Tensor>[] out = new Map[PARTS.length];
    for (int i = 0; i < PARTS.length; i++) {
      Map<String, Object> entry = m.object(files, PARTS[i]);
      String name = m.string(entry, "name");
      if (!DATA_FILE.matcher(name).matches()) {
        throw new CorruptFileException(m.source, "file name '" + name + "' is not a checkpoint data file name");
      }
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new CorruptFileException(file.toString(), "the file is missing (the manifest lists it)");
      }
      byte[] bytes = Files.readAllBytes(file);
      long expectedBytes = m.integer(entry, "bytes");
      if (bytes.length != expectedBytes) {
        throw new CorruptFileException(file.toString(), "it has " + bytes.length + " bytes, the manifest says "
            + expectedBytes + (bytes.length < expectedBytes ? " (truncated)" : ""));
      }
      String expectedSha = m.string(entry, "sha256");
      String actualSha = AtomicFiles.sha256(bytes);
      if (!actualSha.equals(expectedSha)) {
        throw new CorruptFileException(file.toString(), "its SHA-256 is " + actualSha + ", the manifest says "
            + expectedSha + " (the file was modified or damaged)");
      }
      out[i] = SafeTensors.decode(bytes, file.toString()).tensors();
    }
    return out;
  }

  private static long nextGeneration(Path dir) throws IOException {
    long max = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        Matcher matcher = DATA_FILE.matcher(p.getFileName().toString());
        if (matcher.matches()) {
          try {
            max = Math.max(max, Long.parseLong(matcher.group(2)));
          } catch (NumberFormatException e) {
            // Not one of ours: a number this long is never written.
          }
        }
      }
    }
    return max + 1;
  }

  /** Deletes data files of other generations and stale temporary files, left by earlier saves or crashes. */
  private static void deleteOtherGenerations(Path dir, long keep) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path p : files) {
        String name = p.getFileName().toString();
        Matcher matcher = DATA_FILE.matcher(name);
        boolean oldData = matcher.matches() && !matcher.group(2).equals(Long.toString(keep));
        boolean oldTemp = name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)
            && (DATA_FILE.matcher(name.substring(1, name.length() - AtomicFiles.TEMP_SUFFIX.length())).matches()
                || name.equals("." + Checkpoint.MANIFEST + AtomicFiles.TEMP_SUFFIX));
        if (oldData || oldTemp) {
          stale.add(p);
        }
      }
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }

  /** A parsed, version-checked and checksum-verified manifest with typed field access. */
  private static final class Manifest {
    final String source;
    final Map<String, Object> root;

    @SuppressWarnings("unchecked")
    Manifest(String source, byte[] bytes) throws CorruptFileException {
      this.source = source;
      Object parsed;
      try {
        parsed = Json.parse(new String(bytes, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new CorruptFileException(source, "not valid JSON (" + e.getMessage() + ")");
      }
      if (!(parsed instanceof Map)) {
        throw new CorruptFileException(source, "the manifest must be a JSON object");
      }
      root = (Map<String, Object>) parsed;
      if (!FORMAT.equals(root.get("format"))) {
        throw new CorruptFileException(source, "format is " + root.get("format") + ", expected \"" + FORMAT + "\"");
      }
      Object version = root.get("version");
      if (!(version instanceof Long v) || v != Checkpoint.VERSION) {
        throw new CorruptFileException(source, "unknown checkpoint format version " + version + "; this rnn4j "
            + "reads version " + Checkpoint.VERSION);
      }
      Object sha = root.remove("sha256");
      String actual = AtomicFiles.sha256(Json.write(root).getBytes(StandardCharsets.UTF_8));
      if (!actual.equals(sha)) {
        throw new CorruptFileException(source, "its SHA-256 is " + actual + ", the manifest says " + sha
            + " (the file was modified or damaged)");
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Map<String, Object> parent, String key) throws CorruptFileException {
      if (!(parent.get(key) instanceof Map<?, ?> map)) {
        throw new CorruptFileException(source, "field '" + key + "' must be an object, got " + parent.get(key));
      }
      return (Map<String, Object>) map;
    }

    String string(Map<String, Object> parent, String key) throws CorruptFileException {
      if (!(parent.get(key) instanceof String s)) {
        throw new CorruptFileException(source, "field '" + key + "' must be a string, got " + parent.get(key));
      }
      return s;
    }

    long integer(Map<String, Object> parent, String key) throws CorruptFileException {
      if (!(parent.get(key) instanceof Long v)) {
        throw new CorruptFileException(source, "field '" + key + "' must be an integer, got " + parent.get(key));
      }
      return v;
    }

    double number(Map<String, Object> parent, String key) throws CorruptFileException {
      if (!(parent.get(key) instanceof Number v)) {
        throw new CorruptFileException(source, "field '" + key + "' must be a number, got " + parent.get(key));
      }
      return v.doubleValue();
    }

    Map<String, String> strings(String key) throws CorruptFileException {
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : object(root, key).entrySet()) {
        out.put(e.getKey(), string(object(root, key), e.getKey()));
      }
      return out;
    }
  }
}
