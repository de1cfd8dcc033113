package org.rnn4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.rnn4j.core.math.Kernels;
import picocli.CommandLine.IVersionProvider;

/** The version lines of {@code rnn4j --version}: the rnn4j version, the Java runtime and the kernels in use. */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "/org/rnn4j/examples/version.properties";

  /** The rnn4j version the build stamped into this jar, for example {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path: rebuild with mvn package");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "rnn4j " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        "kernels: " + Kernels.best().describe()
    };
  }
}
