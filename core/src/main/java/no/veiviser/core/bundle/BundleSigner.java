package no.veiviser.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Signs a bundle directory or zip with an Ed25519 key: the bundle is verified first (a tampered
 * bundle is never signed), then {@code signature.json} — the signature of the canonical manifest —
 * is written into it (for a zip, a new zip replaces the old one atomically).
 */
public final class BundleSigner {
    private BundleSigner() {
    }

    /** @return the key id of the signature written */
    public static String sign(Path bundle, KeyPair key) throws IOException {
        Manifest manifest = ModelBundle.load(bundle).manifest();
        byte[] signature = BundleKeys.sign(key.getPrivate(), ManifestVerifier.canonical(manifest));
        String keyId = BundleKeys.keyId(key.getPublic());
        if (!BundleKeys.verify(key.getPublic(), ManifestVerifier.canonical(manifest), signature)) {
            throw new IllegalArgumentException("the private and public key in the key file do not belong together");
        }
        byte[] json = new BundleSignature(keyId, key.getPublic().getEncoded(), signature).toJson();
        if (Files.isDirectory(bundle, LinkOption.NOFOLLOW_LINKS)) {
            Path temporary = bundle.resolve(BundleFiles.SIGNATURE + ".tmp");
            Files.write(temporary, json);
            Files.move(temporary, bundle.resolve(BundleFiles.SIGNATURE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            rewriteZip(bundle, json);
        }
        return keyId;
    }

    private static void rewriteZip(Path zipFile, byte[] signature) throws IOException {
        Path temporary = zipFile.resolveSibling(zipFile.getFileName() + ".signing");
        try (ZipFile in = new ZipFile(zipFile.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            for (String name : BundleFiles.all()) {
                ZipEntry entry = in.getEntry(name);
                if (name.equals(BundleFiles.SIGNATURE) || entry == null) {
                    continue;
                }
                out.putNextEntry(fixedTime(name));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(fixedTime(BundleFiles.SIGNATURE));
            out.write(signature);
            out.closeEntry();
        }
        Files.move(temporary, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ZipEntry fixedTime(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0L);
        return entry;
    }
}
