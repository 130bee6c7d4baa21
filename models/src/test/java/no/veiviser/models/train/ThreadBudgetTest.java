package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadBudgetTest {
    @ParameterizedTest
    @CsvSource({
        // processors, machine load, this JVM's load, threads
        "2, 0.0, 0.0, 2",
        "2, 0.5, 0.0, 1",      // another program keeps one core busy
        "2, 1.0, 0.0, 1",      // the machine is full: still one thread
        "2, 0.6, 0.5, 2",      // the load is mostly our own
        "8, 0.5, 0.0, 4",
        "8, 0.3, 0.0, 6",      // 2.4 busy cores round to 2
        "1, 0.0, 0.0, 1",
        "4, NaN, 0.0, 4",      // no reading: every processor
        "4, -1.0, 0.0, 4"})
    void freeProcessorsAreThoseOthersDoNotKeepBusy(int processors, double system, double own, int expected) {
        assertEquals(expected, ThreadBudget.freeProcessors(processors, system, own));
    }

    @Test
    void aConfiguredThreadCountIsUsedAsGivenAndAutoGivesAtLeastOne() {
        ObjectMapper mapper = new ObjectMapper();
        TrainingConfig three = TrainingConfig.withOverrides(TrainingConfig.defaults(), mapper.createObjectNode().put("threads", 3), "test");
        assertEquals(3, ThreadBudget.forConfig(three).threads());
        int auto = ThreadBudget.forConfig(TrainingConfig.defaults()).threads();
        assertTrue(auto >= 1 && auto <= Runtime.getRuntime().availableProcessors(), "auto gave " + auto);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.withOverrides(TrainingConfig.defaults(), mapper.createObjectNode().put("threads", -1), "test"));
        assertTrue(e.getMessage().contains("threads must be 0 (auto) or more, got -1"), e.getMessage());
    }

    @Test
    void tasksShareTheThreads() {
        ThreadBudget two = ThreadBudget.of(2);
        assertEquals(2, two.workers(6));
        assertEquals(1, two.perTask(6).threads());
        assertEquals(1, two.workers(1));
        assertEquals(2, two.perTask(1).threads());
        assertEquals(2, ThreadBudget.of(8).perTask(3).threads());
        assertEquals(1, ThreadBudget.of(1).perTask(5).threads());
    }

    @Test
    void resultsComeInTaskOrderFromSeveralWorkers() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int task = i;
            tasks.add(() -> {
                threads.add(Thread.currentThread().getName());
                Thread.sleep(8 - task);   // later tasks finish sooner
                return task * task;
            });
        }
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), ThreadBudget.of(2).runAll(tasks));
        assertTrue(threads.size() <= 2, "at most one worker per thread: " + threads);
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), ThreadBudget.of(1).runAll(tasks));
    }

    @Test
    void aTasksExceptionReachesTheCallerAsItIs() {
        IllegalArgumentException bad = new IllegalArgumentException("fold 2: bad data");
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw bad;
        }, () -> 3);
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> ThreadBudget.of(2).runAll(tasks)));
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> ThreadBudget.of(1).runAll(tasks)));
        assertThrows(IllegalArgumentException.class, () -> ThreadBudget.of(0));
    }
}
