package org.rnn4j.examples.report;

/** The frame of a self-contained report page: inline style, no scripts, nothing fetched from the network. */
public final class Page {
  private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;"
      + "padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
      + "padding:.3em .7em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}"
      + "th{background:#f3f4f6}code,pre{background:#f6f8fa;padding:.1em .3em}pre{padding:.6em;overflow-x:auto}"
      + "svg{display:block;margin:1em 0;border:1px solid #eee}"
      + "svg.spark{display:inline;margin:0;border:0;vertical-align:middle}.muted{color:#666}";

  private Page() {}

  /** A complete HTML document titled {@code title} around {@code body}. */
  public static String of(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.escape(title)
        + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>" + Html.escape(title) + "</h1>\n" + body
        + "</body>\n</html>\n";
  }
}
