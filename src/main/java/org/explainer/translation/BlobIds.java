package org.explainer.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The git blob id of a file's content, as {@code git hash-object FILE} gives it: the SHA-1 of
 * {@code blob <length>\0<bytes>}. Computed from the bytes, so it names a version before it is committed
 * and is found in the history once it is.
 */
public final class BlobIds {

    /** How many hex digits of the id a translation records: enough to be unique in any site's history. */
    public static final int RECORDED_DIGITS = 12;

    private BlobIds() {
    }

    /** The full id, 40 hex digits. */
    public static String of(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first digits of the id, as a translation records them. */
    public static String recorded(byte[] content) {
        return of(content).substring(0, RECORDED_DIGITS);
    }
}
