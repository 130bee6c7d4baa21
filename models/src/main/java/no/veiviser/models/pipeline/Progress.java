package no.veiviser.models.pipeline;

import org.slf4j.LoggerFactory;

/** Receives the stages of long work (the CLI prints them with elapsed time on stderr). */
@FunctionalInterface
public interface Progress {
    void stage(String message);

    /** Progress reported through slf4j at info level. */
    static Progress logging() {
        return message -> LoggerFactory.getLogger(Progress.class).info(message);
    }
}
