package no.veiviser.examples.caseworker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.suggest.Suggestion;

/**
 * The suggestions made since the service started, by suggestion id, so that a decision can name the
 * suggestion it is about. Bounded: when full, the least recently used suggestion is forgotten (a
 * decision on it then gets 404 and the caseworker asks for a new suggestion). Only in memory — a
 * restart forgets them all.
 */
final class RecentSuggestions {
    /** The default capacity. */
    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final LinkedHashMap<String, Entry> entries;

    RecentSuggestions(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RecentSuggestions.this.capacity;
            }
        };
    }

    synchronized void add(Suggestion suggestion) {
        entries.put(suggestion.suggestionId(), new Entry(suggestion));
    }

    synchronized Optional<Entry> find(String suggestionId) {
        return Optional.ofNullable(entries.get(suggestionId));
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }

    /**
     * A suggestion and whether it has been decided. A suggestion is decided once: callers check and
     * mark it while holding the entry's lock, so two requests cannot both record a decision.
     */
    static final class Entry {
        private final Suggestion suggestion;
        private boolean decided;

        private Entry(Suggestion suggestion) {
            this.suggestion = suggestion;
        }

        Suggestion suggestion() {
            return suggestion;
        }

        /** Whether a decision has been recorded; call while holding this entry's lock. */
        boolean decided() {
            assert Thread.holdsLock(this);
            return decided;
        }

        /** Marks the suggestion as decided; call while holding this entry's lock. */
        void markDecided() {
            assert Thread.holdsLock(this);
            decided = true;
        }
    }
}
