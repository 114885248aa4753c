package org.scalingadvisor.evaluation;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops a thread that runs past its deadline inside the rules engine. Drools can loop inside network
 * propagation, where no agenda event comes and no listener can check the clock; only {@link Thread#stop}
 * (still there on Java 17) gets a thread out of such a loop. A stop can land only while its {@link Watch}
 * runs: {@link Watch#end} and the stop race on one state, and an end that loses waits for the stop to arrive.
 * One shared daemon thread keeps every watch.
 */
final class Watchdog {

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int STOPPING = 2;
    /** The stop was sent (or could not be: on Java 20 and later Thread.stop throws). */
    private static final int SENT = 3;
    /** How long an end that lost the race waits for a sent stop to land before it takes it as swallowed. */
    private static final long LANDING_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "rules-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private Watchdog() {
    }

    /** Starts watching the current thread: unless {@link Watch#end} comes first, it is stopped after {@code millis}. */
    static Watch watch(long millis) {
        Watch watch = new Watch(Thread.currentThread(), Thread.currentThread().isInterrupted());
        watch.alarm = TIMER.schedule(watch::stop, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    /** Whether {@code error} is, or was caused by, a stop (Drools may wrap what is thrown inside it). */
    static boolean stopped(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ThreadDeath) {
                return true;
            }
        }
        return false;
    }

    /** One watched stretch of one thread. */
    static final class Watch {

        private final Thread thread;
        private final boolean interruptedBefore;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile ScheduledFuture<?> alarm;

        private Watch(Thread thread, boolean interruptedBefore) {
            this.thread = thread;
            this.interruptedBefore = interruptedBefore;
        }

        /** After the thread was stopped: clears the interrupt the JVM sets with a stop (unless it was there before). */
        void stopped() {
            if (!interruptedBefore) {
                Thread.interrupted();
            }
        }

        /**
         * Ends the watch on its thread. True: it ended in time and no stop can come any more. Otherwise a stop was
         * sent: this waits for it to land (a {@link ThreadDeath} thrown from here), and returns false only if it
         * never does (something caught it, or the stop could not be sent); the work was stopped either way.
         * Not to be called once a ThreadDeath of this watch has been caught.
         */
        boolean end() {
            if (state.compareAndSet(RUNNING, DONE)) {
                alarm.cancel(false);
                return true;
            }
            while (state.get() == STOPPING) {
                Thread.onSpinWait(); // the stop is being sent
            }
            for (long start = System.nanoTime(); System.nanoTime() - start < LANDING_NANOS; ) {
                Thread.onSpinWait(); // where a stop lands, if it has not yet
            }
            return false;
        }

        @SuppressWarnings({"deprecation", "removal"})
        private void stop() {
            if (state.compareAndSet(RUNNING, STOPPING)) {
                try {
                    thread.stop();
                } catch (UnsupportedOperationException e) {
                    // Java 20+: nothing can stop the thread; end() reports the overrun if the work ever ends
                } finally {
                    state.set(SENT);
                }
            }
        }
    }
}
