package no.veiviser.models.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.veiviser.data.table.Table;

/** SHA-256 over a table's ids, features and targets: the same data give the same fingerprint, whatever file it came from. */
final class TableFingerprint {
    private TableFingerprint() {
    }

    static String of(Table table) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(table.schema().name().getBytes(StandardCharsets.UTF_8));
        int features = table.schema().features().size();
        ByteBuffer buffer = ByteBuffer.allocate(8 * (features + 1));
        for (int row = 0; row < table.rowCount(); row++) {
            digest.update(table.id(row).getBytes(StandardCharsets.UTF_8));
            buffer.clear();
            for (int f = 0; f < features; f++) {
                buffer.putDouble(table.feature(f, row));
            }
            buffer.putDouble(table.hasTarget() ? table.target(row) : -1);
            digest.update(buffer.array(), 0, buffer.position());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
