/**
 * Discovery of article URLs for the ingest stage: RSS/Atom/JSON feeds, news sitemaps and sitemap
 * indexes, plain URL lists, WARC/WARC.gz archives ({@link io.newsflow.ingest.discover.WarcReader}), local HTML
 * directories, and a robots.txt cache. Parsers take bytes and return values; they
 * never fetch by themselves (except {@link io.newsflow.ingest.discover.RobotsCache}, through a given
 * fetch function).
 */
package io.newsflow.ingest.discover;
