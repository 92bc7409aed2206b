package io.newsflow.ingest.discover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Local HTML files as an article source (offline ingest, evaluation sets).
 *
 * <p>{@link #list(Path)} finds {@code *.html}, {@code *.htm}, {@code *.html.gz} and {@code *.htm.gz}
 * (case-insensitive) recursively, without following symbolic links, skipping unreadable directories,
 * sorted by path relative to {@code dir} so runs are reproducible. {@link #open(Path)} and
 * {@link #read(Path, long)} decompress {@code .gz} transparently.
 */
public final class HtmlDirectorySource {
    /** Default cap for {@link #read(Path)}, in decoded bytes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private HtmlDirectorySource() {
    }

    /**
     * @throws IllegalArgumentException when {@code dir} is not a directory
     * @throws UncheckedIOException     when the walk itself fails
     */
    public static List<Path> list(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isHtml(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        found.sort(Comparator.comparing(p -> dir.relativize(p).toString()));
        return found;
    }

    /** True for the file names {@link #list(Path)} returns. */
    static boolean isHtml(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** Opens a file, gunzipping when its name ends in {@code .gz}. The caller closes the stream. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                return new GZIPInputStream(in, 8192);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    /** {@link #read(Path, long)} with {@link #DEFAULT_MAX_BYTES}. */
    public static byte[] read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a whole (decompressed) file.
     *
     * @throws IOException when reading fails, the gzip data is corrupt, or the decoded content exceeds
     *                     {@code maxBytes} (so a gzip bomb on disk cannot exhaust memory)
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        try (InputStream in = open(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new IOException(file + " exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
