package org.scalingadvisor.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time a thread has used, in nanoseconds, where the JVM measures it (Linux, macOS and Windows
 * do); elsewhere the time on the wall, which also counts time spent waiting for a core.
 */
final class ThreadTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = measured();

    private ThreadTime() {
    }

    /** The calling thread's processor time. */
    static long current() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Another thread's processor time (0 once it has ended). */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    static long of(Thread thread) {
        if (!MEASURED) {
            return System.nanoTime();
        }
        long nanos = THREADS.getThreadCpuTime(thread.getId());
        return nanos < 0 ? 0 : nanos;
    }

    private static boolean measured() {
        try {
            if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
