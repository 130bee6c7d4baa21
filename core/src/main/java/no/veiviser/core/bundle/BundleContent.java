package no.veiviser.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verified files of a bundle directory or zip. Nothing is read whole before it is checked: the
 * manifest and the signature are read with small hard limits; every other file is first streamed
 * through SHA-256 with its size limited to what the manifest declares (a zip entry that inflates
 * beyond it — a zip bomb — is stopped at once, and one whose header declares more is not inflated at
 * all), and only a file that matches is read into memory. So loading a bundle, hostile or not, holds
 * at most its legitimate files plus small buffers.
 */
final class BundleContent {
    /** Largest size a manifest may declare for a file. */
    static final long MAX_FILE_BYTES = 1L << 30;
    static final int MAX_MANIFEST_BYTES = 1 << 20;
    static final int MAX_SIGNATURE_BYTES = 1 << 16;

    private final Manifest manifest;
    private final byte[] manifestBytes;
    private final Map<String, byte[]> files;
    private final Optional<VerifiedSignature> signature;

    private BundleContent(Manifest manifest, byte[] manifestBytes, Map<String, byte[]> files, Optional<VerifiedSignature> signature) {
        this.manifest = manifest;
        this.manifestBytes = manifestBytes;
        this.files = files;
        this.signature = signature;
    }

    /** A signature that was checked: by whom, and whether the caller trusts that key. */
    record VerifiedSignature(String keyId, boolean trusted) {
    }

    static BundleContent read(Path location, BundleTrust trust) throws IOException {
        String name = location.toString();
        try (BundleSource source = BundleSource.open(location)) {
            if (!source.problems().isEmpty()) {
                throw new BundleException(name, source.problems());
            }
            if (!source.has(BundleFiles.MANIFEST)) {
                throw new BundleException(name, List.of(BundleFiles.MANIFEST + ": missing (this is not a Veiviser model bundle)"));
            }
            byte[] manifestBytes = readLimited(name, source, BundleFiles.MANIFEST, MAX_MANIFEST_BYTES);
            Manifest manifest = ManifestVerifier.parse(name, manifestBytes);
            Optional<VerifiedSignature> signature = signature(name, source, manifest, trust);
            List<String> problems = new ArrayList<>();
            for (String file : BundleFiles.all()) {
                if (!file.equals(BundleFiles.MANIFEST) && !file.equals(BundleFiles.SIGNATURE) && source.has(file)
                        && !manifest.files().containsKey(file)) {
                    problems.add(file + ": in the bundle but not listed in the manifest");
                }
            }
            Map<String, byte[]> files = new HashMap<>();
            for (Map.Entry<String, Manifest.FileEntry> listed : manifest.files().entrySet()) {
                String file = listed.getKey();
                String problem = check(source, file, listed.getValue());
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (!problems.isEmpty()) {
                throw new BundleException(name, problems);
            }
            for (Map.Entry<String, Manifest.FileEntry> listed : manifest.files().entrySet()) {
                files.put(listed.getKey(), readExactly(name, source, listed.getKey(), listed.getValue()));
            }
            return new BundleContent(manifest, manifestBytes, files, signature);
        }
    }

    /** Streams one listed file through SHA-256, at most one byte past its declared size; null when it matches. */
    private static String check(BundleSource source, String file, Manifest.FileEntry expected) throws IOException {
        if (!source.has(file)) {
            return file + ": missing from the bundle";
        }
        long declared = source.declaredSize(file);
        if (declared > expected.bytes()) {
            return file + ": larger than the manifest says (" + declared + " > " + expected.bytes() + " bytes); not read";
        }
        MessageDigest digest = sha256();
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = source.open(file)) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, expected.bytes() + 1 - count))) > 0) {
                digest.update(buffer, 0, n);
                count += n;
                if (count > expected.bytes()) {
                    return file + ": larger than the manifest says (more than " + expected.bytes() + " bytes); reading stopped";
                }
            }
        } catch (java.util.zip.ZipException e) {
            return file + ": a damaged zip entry (" + e.getMessage() + ")";
        }
        if (count < expected.bytes()) {
            return file + ": shorter than the manifest says (" + count + " < " + expected.bytes() + " bytes: truncated)";
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
            return file + ": SHA-256 does not match the manifest (the file was altered, truncated or replaced)";
        }
        return null;
    }

    private static Optional<VerifiedSignature> signature(String name, BundleSource source, Manifest manifest, BundleTrust trust)
            throws IOException {
        if (!source.has(BundleFiles.SIGNATURE)) {
            if (trust.signatureRequired()) {
                throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": missing; this bundle is unsigned, and "
                        + trust + " may be loaded"));
            }
            return Optional.empty();
        }
        BundleSignature signature;
        try {
            signature = BundleSignature.parse(readLimited(name, source, BundleFiles.SIGNATURE, MAX_SIGNATURE_BYTES));
        } catch (IllegalArgumentException e) {
            throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": " + e.getMessage()));
        }
        PublicKey key = trust.trustedKey(signature.keyId());
        if (trust.signatureRequired() && key == null) {
            throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": signed by key " + signature.keyId() + ", which is not "
                    + "among the trusted keys (only " + trust + " may be loaded)"));
        }
        if (key != null && !java.util.Arrays.equals(key.getEncoded(), signature.publicKey())) {
            throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": its publicKey is not the trusted key " + signature.keyId()
                    + " (the file was altered)"));
        }
        if (key == null) {
            try {
                key = BundleKeys.publicKey(signature.publicKey());
            } catch (GeneralSecurityException e) {
                throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": its publicKey is not an Ed25519 key"));
            }
            if (!BundleKeys.keyId(key).equals(signature.keyId())) {
                throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": keyId does not belong to its publicKey"));
            }
        }
        if (!BundleKeys.verify(key, ManifestVerifier.canonical(manifest), signature.signature())) {
            throw new BundleException(name, List.of(BundleFiles.SIGNATURE + ": does not match the manifest (the manifest, or a file it "
                    + "pins, was changed after signing, or the signature was made with another key)"));
        }
        return Optional.of(new VerifiedSignature(signature.keyId(), trust.signatureRequired()));
    }

    private static byte[] readLimited(String name, BundleSource source, String file, int limit) throws IOException {
        if (source.declaredSize(file) > limit) {
            throw new BundleException(name, List.of(file + ": larger than " + limit + " bytes; not read"));
        }
        try (InputStream in = source.open(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new BundleException(name, List.of(file + ": larger than " + limit + " bytes; reading stopped"));
            }
            return bytes;
        }
    }

    /** Reads a checked file whole, and checks it again: it must still be the file that was verified. */
    private static byte[] readExactly(String name, BundleSource source, String file, Manifest.FileEntry expected) throws IOException {
        try (InputStream in = source.open(file)) {
            byte[] content = in.readNBytes((int) expected.bytes());
            if (content.length != expected.bytes() || in.read() != -1 || !Sha256.of(content).equals(expected.sha256())) {
                throw new BundleException(name, List.of(file + ": changed while the bundle was being loaded"));
            }
            return content;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    Manifest manifest() {
        return manifest;
    }

    byte[] manifestBytes() {
        return manifestBytes.clone();
    }

    Optional<VerifiedSignature> signature() {
        return signature;
    }

    Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
