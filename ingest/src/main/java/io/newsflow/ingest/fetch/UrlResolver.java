package io.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * Resolves a link found in a document against the document's URL, leniently: spaces and non-ASCII
 * characters are percent-encoded first, as browsers do.
 */
public final class UrlResolver {
    private UrlResolver() {
    }

    /**
     * @param base      the document URL (may be null when {@code reference} is absolute)
     * @param reference the link as written (absolute, scheme-relative, or relative)
     * @return the absolute http(s) URL without fragment, or null when it cannot be resolved or is
     *         not http(s) with a valid host (mailto:, javascript:, data:, ...)
     */
    public static String resolve(String base, String reference) {
        URI ref = LenientUris.parse(reference);
        if (ref == null) {
            return null;
        }
        URI resolved = ref;
        if (!ref.isAbsolute()) {
            URI baseUri = LenientUris.parse(base);
            if (baseUri == null || !baseUri.isAbsolute()) {
                return null;
            }
            try {
                resolved = LenientUris.resolve(baseUri, ref);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) {
            return null;
        }
        String text = resolved.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }
}
