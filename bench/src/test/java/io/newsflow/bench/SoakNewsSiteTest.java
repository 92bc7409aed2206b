package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.clean.ArticleCleaner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SoakNewsSiteTest {
  @Test
  void theFeedListsTheNewestPublishedPagesAndAnswers304WhenNothingIsNew() throws Exception {
    try (SoakNewsSite site = new SoakNewsSite(null, 3)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> empty = get(http, site.feedUrl(), null);
      assertThat(empty.statusCode()).isEqualTo(200);
      assertThat(empty.body()).doesNotContain("<item>");

      site.publishUpTo(5);
      HttpResponse<String> feed = get(http, site.feedUrl(), null);
      assertThat(feed.body()).contains("/news/4.html", "/news/3.html", "/news/2.html").doesNotContain("/news/1.html");
      assertThat(feed.body().indexOf("/news/4.html")).isLessThan(feed.body().indexOf("/news/2.html"));
      String etag = feed.headers().firstValue("ETag").orElseThrow();
      assertThat(get(http, site.feedUrl(), etag).statusCode()).isEqualTo(304);

      site.publishUpTo(4); // never moves back
      assertThat(site.published()).isEqualTo(5);
      site.publishUpTo(6);
      assertThat(get(http, site.feedUrl(), etag).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void unpublishedPagesAreNotFound() throws Exception {
    Path html = sharedHtml();
    PageTemplates templates = html == null ? null : PageTemplates.load(html, new ArticleCleaner());
    try (SoakNewsSite site = new SoakNewsSite(templates, 10)) {
      HttpClient http = HttpClient.newHttpClient();
      assertThat(get(http, site.pageUrl(0), null).statusCode()).isEqualTo(404);
      if (templates != null) {
        site.publishUpTo(1);
        HttpResponse<String> page = get(http, site.pageUrl(0), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(PageTemplates.markerText(0));
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url, String etag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Path sharedHtml() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path html = p.resolve("shared/data/article-extraction/html");
      if (Files.isDirectory(html)) {
        return html;
      }
    }
    return null;
  }
}
