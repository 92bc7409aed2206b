package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlDirectorySourceTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeGzip(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    @Test
    void listsHtmlFilesRecursivelySortedByRelativePath() throws IOException {
        write("b/2.html", "x");
        write("a.htm", "x");
        write("b/1.HTML", "x");
        writeGzip("c/3.html.gz", new byte[] {1});
        write("notes.txt", "x");
        write("d/page.html.bak", "x");
        writeGzip("e/archive.tar.gz", new byte[] {1});
        List<Path> files = HtmlDirectorySource.list(dir);
        assertThat(files).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("a.htm", "b/1.HTML", "b/2.html", "c/3.html.gz");
    }

    @Test
    void readsPlainAndGzippedFilesAlike() throws IOException {
        byte[] html = "<html><body>caf\u00e9</body></html>".getBytes(StandardCharsets.UTF_8);
        Path plain = write("p.html", new String(html, StandardCharsets.UTF_8));
        Path gz = writeGzip("g.html.gz", html);
        assertThat(HtmlDirectorySource.read(plain)).isEqualTo(html);
        assertThat(HtmlDirectorySource.read(gz)).isEqualTo(html);
    }

    @Test
    void refusesFilesThatDecodeBeyondTheLimit() throws IOException {
        Path bomb = writeGzip("bomb.html.gz", new byte[4 * 1024 * 1024]);
        assertThatThrownBy(() -> HtmlDirectorySource.read(bomb, 1024 * 1024)).isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void rejectsNonDirectory() throws IOException {
        Path file = write("x.html", "x");
        assertThatThrownBy(() -> HtmlDirectorySource.list(file)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlDirectorySource.list(dir.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
