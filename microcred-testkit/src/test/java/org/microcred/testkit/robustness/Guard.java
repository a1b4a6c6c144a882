package org.microcred.testkit.robustness;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcred.core.format.CredentialFormatException;

/**
 * Runs codec calls on a worker thread with a time limit, and sorts what happens into an {@link Outcome}: a
 * value, a refusal from microcred's exception family, anything else that escaped (including errors such as
 * {@code OutOfMemoryError} and {@code StackOverflowError}), or a timeout.
 *
 * <p>A timed-out worker may be stuck for good (a hang is exactly what is being looked for), so it is
 * abandoned: its thread is a daemon, it is interrupted, and the next call gets a fresh worker.
 */
final class Guard implements AutoCloseable {
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "robustness-worker-" + WORKERS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs a task with a time limit.
     *
     * @param task the task
     * @param limit the wall-time limit
     * @return what happened, never null
     */
    <T> Outcome<T> run(Callable<T> task, Duration limit) {
        long start = System.nanoTime();
        Future<T> future = worker.submit(task);
        try {
            T value = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome<>(value, null, elapsed(start), false);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome<>(null, null, elapsed(start), true);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), elapsed(start), false);
        } catch (CancellationException e) {
            return new Outcome<>(null, e, elapsed(start), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a codec call", e);
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /**
     * What a guarded call did.
     *
     * @param value the value returned, null unless the call returned
     * @param thrown what the call threw, null unless it threw
     * @param time how long it took
     * @param timedOut whether it was abandoned at the limit
     */
    record Outcome<T>(T value, Throwable thrown, Duration time, boolean timedOut) {
        boolean returned() {
            return !timedOut && thrown == null;
        }

        /** Whether the call threw an exception of microcred's family (the documented way to refuse input). */
        boolean refused() {
            return thrown instanceof CredentialFormatException;
        }

        /** Whether the call broke the contract: timed out or threw anything outside the family. */
        boolean brokeContract() {
            return timedOut || (thrown != null && !refused());
        }
    }
}
