package no.veiviser.core.bundle;

import java.security.PublicKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which bundle signatures a caller trusts. {@link #any()} (the default) loads unsigned bundles and
 * checks a signature when there is one (against the key in it: it proves the bundle is whole, not who
 * signed it); {@link #requireSignatureBy} loads only bundles signed by one of the given keys.
 */
public final class BundleTrust {
    private final Map<String, PublicKey> trusted;

    private BundleTrust(Map<String, PublicKey> trusted) {
        this.trusted = trusted;
    }

    public static BundleTrust any() {
        return new BundleTrust(Map.of());
    }

    /** Only bundles signed by one of these keys load. */
    public static BundleTrust requireSignatureBy(Collection<PublicKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("name at least one trusted key");
        }
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        for (PublicKey key : keys) {
            byId.put(BundleKeys.keyId(Objects.requireNonNull(key, "key")), key);
        }
        return new BundleTrust(Map.copyOf(byId));
    }

    public boolean signatureRequired() {
        return !trusted.isEmpty();
    }

    PublicKey trustedKey(String keyId) {
        return trusted.get(keyId);
    }

    @Override
    public String toString() {
        return trusted.isEmpty() ? "any bundle" : "bundles signed by " + trusted.keySet();
    }
}
