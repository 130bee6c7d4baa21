package no.veiviser.core.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys for signing bundles (the JDK's own implementation): generating them, PEM files
 * ({@code PUBLIC KEY} is X.509, {@code PRIVATE KEY} PKCS#8; a private key file holds the public key
 * too), key ids, and signing and verifying bytes.
 */
public final class BundleKeys {
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final int MAX_KEY_FILE_BYTES = 16 * 1024;

    private BundleKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(BundleSignature.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no " + BundleSignature.ALGORITHM, e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the X.509-encoded public key. */
    public static String keyId(PublicKey key) {
        return Sha256.of(key.getEncoded()).substring(0, 16);
    }

    /** Writes {@code <prefix>.key} (private and public key, owner-only where the file system allows) and {@code <prefix>.pub}. */
    public static void write(KeyPair pair, Path prefix) throws IOException {
        Path privateFile = prefix.resolveSibling(prefix.getFileName() + ".key");
        Path publicFile = prefix.resolveSibling(prefix.getFileName() + ".pub");
        if (Files.exists(privateFile) || Files.exists(publicFile)) {
            throw new IOException(privateFile + " or " + publicFile + " exists already: not overwriting a key");
        }
        String publicPem = pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.createFile(privateFile);
        try {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the caller protects the key file
        }
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + publicPem, StandardCharsets.US_ASCII);
        Files.writeString(publicFile, publicPem, StandardCharsets.US_ASCII);
    }

    public static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance(BundleSignature.ALGORITHM).generatePublic(new X509EncodedKeySpec(block(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 public key", e);
        }
    }

    public static KeyPair readPair(Path file) throws IOException {
        try {
            KeyFactory factory = KeyFactory.getInstance(BundleSignature.ALGORITHM);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(block(file, "PUBLIC KEY"))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(block(file, "PRIVATE KEY"))));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 key pair", e);
        }
    }

    public static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(BundleSignature.ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signer = Signature.getInstance(BundleSignature.ALGORITHM);
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(BundleSignature.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] block(Path file, String type) throws IOException {
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw new IOException(file + " is too large to be a key file");
        }
        Matcher m = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        while (m.find()) {
            if (m.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(m.group(2));
            }
        }
        throw new IOException(file + " has no " + type + " block");
    }
}
