package no.veiviser.models.train;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU threads training may use, and how they are shared among tasks that run side by side.
 *
 * <p>{@code threads = 0} in the config means <em>auto</em>: the processors this JVM may use
 * ({@link Runtime#availableProcessors()}, which honours CPU affinity and container quotas) minus
 * the processors other programs keep busy, measured as the whole machine's CPU load over
 * {@link #PROBE_MILLIS} ms less this JVM's own, rounded to the nearest whole processor; at least 1.
 * On a shared machine an OpenMP thread that waits for a busy core holds every other thread at the
 * next barrier, so XGBoost with a thread per core ran several times slower there than with the
 * cores really free. A positive {@code threads} is used as given.
 *
 * <p>Tasks run side by side get one worker each, at most as many workers as threads, and share
 * the threads among them ({@link #perTask(int)}): five cross-validation folds on two threads run two
 * at a time with one XGBoost thread each. Results never depend on the thread count: XGBoost's
 * {@code hist} trees with the same seed are identical for any {@code nthread}, and results are
 * collected in task order.
 */
public final class ThreadBudget {
    static final int PROBE_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ThreadBudget.class);

    private final int threads;

    private ThreadBudget(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a thread budget needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
    }

    /** A budget of exactly {@code threads} threads. */
    public static ThreadBudget of(int threads) {
        return new ThreadBudget(threads);
    }

    /** The budget a config asks for: its {@code threads}, or for 0 the processors free now (see the class comment). */
    public static ThreadBudget forConfig(TrainingConfig config) {
        if (config.threads() > 0) {
            return new ThreadBudget(config.threads());
        }
        int processors = Runtime.getRuntime().availableProcessors();
        double[] load = measureLoad();
        int free = freeProcessors(processors, load[0], load[1]);
        LOG.debug("training uses {} of {} processors (machine load {}, this JVM's {})", free, processors, load[0], load[1]);
        return new ThreadBudget(free);
    }

    /**
     * Processors left for this JVM.
     *
     * @param systemShare the machine's CPU load in [0, 1] (NaN when unknown)
     * @param ownShare    this JVM's share of the machine's CPU in [0, 1]
     */
    static int freeProcessors(int processors, double systemShare, double ownShare) {
        if (!(systemShare >= 0) || !(ownShare >= 0)) {
            return processors;
        }
        double othersBusy = Math.max(0, systemShare - ownShare) * processors;
        return (int) Math.max(1, Math.min(processors, Math.round(processors - othersBusy)));
    }

    /** The machine's and this JVM's CPU load over a short probe (the first reading only starts the measurement). */
    private static synchronized double[] measureLoad() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        os.getCpuLoad();
        os.getProcessCpuLoad();
        try {
            Thread.sleep(PROBE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {os.getCpuLoad(), os.getProcessCpuLoad()};
    }

    public int threads() {
        return threads;
    }

    /** Workers for {@code tasks} tasks run side by side: one per task, at most one per thread. */
    public int workers(int tasks) {
        return Math.max(1, Math.min(tasks, threads));
    }

    /** The budget of each of {@code tasks} tasks run side by side: the threads shared among the workers. */
    public ThreadBudget perTask(int tasks) {
        return new ThreadBudget(Math.max(1, threads / workers(tasks)));
    }

    /**
     * Runs the tasks side by side on {@link #workers(int)} threads and returns their results in task order.
     * A task's exception is rethrown as it is when unchecked (the first one in task order).
     */
    public <T> List<T> runAll(List<Callable<T>> tasks) {
        int workers = workers(tasks.size());
        if (workers == 1) {
            List<T> results = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "veiviser-training-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    @Override
    public String toString() {
        return threads + (threads == 1 ? " thread" : " threads");
    }
}
