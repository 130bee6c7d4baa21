package no.veiviser.core.bundle;

import java.nio.file.Path;

/** Loads a bundle in its own (small-heap) JVM and prints how that went: "refused: …", "loaded" or "failed: …". */
public final class ZipBombChild {
    private ZipBombChild() {
    }

    public static void main(String[] args) {
        try {
            ModelBundle.load(Path.of(args[0]));
            System.out.println("loaded");
        } catch (BundleException e) {
            System.out.println("refused: " + e.getMessage().replace('\n', ' '));
        } catch (Throwable e) {
            System.out.println("failed: " + e);
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory());
    }
}
