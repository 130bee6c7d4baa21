package no.veiviser.core.suggest;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says once per JVM that input hashes are made with the public default key, which lets anyone reverse them by guessing. */
final class DefaultKeyWarning {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultKeyWarning.class);
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private DefaultKeyWarning() {
    }

    static void once() {
        if (SAID.compareAndSet(false, true)) {
            LOG.warn("input hashes in suggestions and decision records use Veiviser's public default key, so anyone can recover an "
                    + "input by hashing guesses: configure the deployment's key with ScoringOptions.withInputHashKey");
        }
    }
}
