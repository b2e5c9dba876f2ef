package org.reachable.adapters.templates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published page's Content-Security-Policy: nothing may load from anywhere (no fonts, images,
 * styles or scripts from another site, nothing fetched), and the one inline script runs only as
 * written, by its SHA-256, so text that slipped into the page could not run as a script either.
 */
final class PageScript {

    /** The page's own script: the one script element without a type. */
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final String PLACEHOLDER = "script-src 'none'";

    private PageScript() {
    }

    /** The page with its policy's placeholder replaced by the hash of its script. */
    static String withPolicy(String page) {
        Matcher m = SCRIPT.matcher(page);
        String source = m.find() ? "'sha256-" + sha256(m.group(1)) + "'" : "'none'";
        return page.replace(PLACEHOLDER, "script-src " + source);
    }

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
