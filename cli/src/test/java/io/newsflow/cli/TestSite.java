package io.newsflow.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A news site on loopback for pipeline tests: an RSS feed whose items link to real pages from the
 * article-extraction data set plus an HTML page made from the seed article.
 */
final class TestSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, byte[]> pages = new LinkedHashMap<>();

  TestSite(Path dataDir, int realPages) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dataDir.resolve("article-extraction/html"))) {
      files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(realPages).toList();
    }
    for (int i = 0; i < files.size(); i++) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(i)))) {
        pages.put("/news/page-" + i + ".html", in.readAllBytes());
      }
    }
    pages.put("/news/lavrov.html", seedPage(dataDir.resolve("seed-article/article.txt")));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getPath();
        byte[] body;
        String type;
        if (path.equals("/feed.xml")) {
          body = feed().getBytes(StandardCharsets.UTF_8);
          type = "application/rss+xml; charset=utf-8";
        } else if (pages.containsKey(path)) {
          body = pages.get(path);
          type = "text/html";
        } else {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  /** The seed text as a page: first line the headline, each further line a paragraph. */
  static byte[] seedPage(Path articleTxt) throws IOException {
    List<String> lines = Files.readAllLines(articleTxt, StandardCharsets.UTF_8);
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(lines.get(0))).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>")
        .append("<article><h1>").append(escape(lines.get(0))).append("</h1>");
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        html.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    html.append("</article><footer>© Test News</footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String feedUrl() {
    return base() + "/feed.xml";
  }

  int pageCount() {
    return pages.size();
  }

  private String feed() {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Test News</title><link>" + base() + "/</link><description>t</description>");
    for (String path : pages.keySet()) {
      rss.append("<item><title>").append(path).append("</title><link>").append(base()).append(path)
          .append("</link></item>");
    }
    // the same story listed again with a tracking parameter: must not create a second article
    rss.append("<item><title>again</title><link>").append(base()).append("/news/lavrov.html?utm_source=rss</link></item>");
    return rss.append("</channel></rss>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
