package no.veiviser.models.overlap;

import java.nio.ByteBuffer;
import javax.crypto.Mac;
import no.veiviser.core.bundle.HmacSha256;

/**
 * HMAC-SHA-256 of a row's encoded feature values (schema order, 8 bytes each, missing as NaN) under
 * a bundle's key. The first 4 bytes of the MAC give the row's <em>rank</em> (an unsigned 32-bit
 * number used to sample rows: the same row always gets the same rank under one key), the next 4 its
 * <em>fingerprint</em>, of which only the top {@code bits} are kept. Not thread-safe (one instance per thread).
 */
final class RowFingerprints {
    private final Mac mac;
    private final ByteBuffer buffer;

    RowFingerprints(byte[] key, int features) {
        mac = HmacSha256.mac(key);
        buffer = ByteBuffer.allocate(8 * features);
    }

    /** Rank (high 32 bits) and full 32-bit fingerprint (low 32 bits) of a row, as one long. */
    long of(double[] features) {
        buffer.clear();
        for (double value : features) {
            buffer.putLong(Double.doubleToLongBits(value == 0.0 ? 0.0 : value));
        }
        byte[] digest = mac.doFinal(buffer.array());
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }

    static long rank(long code) {
        return code >>> 32;
    }

    /** The top {@code bits} of the fingerprint part. */
    static long truncated(long code, int bits) {
        return (code & 0xFFFF_FFFFL) >>> (32 - bits);
    }
}
