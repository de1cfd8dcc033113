package org.rnn4j.core.math;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of parked daemon threads that run the parts of one job at a time; the calling thread runs part 0.
 * Dispatch allocates nothing. A caller that finds the pool busy (another thread's job) or closed is told so and
 * runs its work alone.
 */
final class GemmPool implements AutoCloseable {

  /** The work of one call, split into numbered parts. */
  interface Job {
    void run(int part);
  }

  private final Worker[] workers;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicInteger pending = new AtomicInteger();
  private volatile Thread caller;
  private volatile Throwable failure;
  private volatile boolean closed;

  GemmPool(int threads, String name) {
    workers = new Worker[threads - 1];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new Worker(name + "-" + (w + 1));
      workers[w].start();
    }
  }

  /** Threads that run parts, the caller included. */
  int threads() {
    return workers.length + 1;
  }

  /**
   * Runs parts {@code 0 .. parts-1} of the job in parallel and returns once all are done, or returns false at once
   * (running nothing) if the pool is busy or closed.
   */
  boolean tryRun(int parts, Job job) {
    if (parts > threads()) {
      throw new IllegalArgumentException("parts must be <= threads (" + threads() + "), got " + parts);
    }
    if (closed || !lock.tryLock()) {
      return false;
    }
    try {
      caller = Thread.currentThread();
      failure = null;
      pending.set(parts - 1);
      for (int w = 1; w < parts; w++) {
        workers[w - 1].submit(job, w);
      }
      try {
        job.run(0);
      } catch (Throwable t) {
        failure = t;
      }
      for (int spins = 0; pending.get() != 0; spins++) {
        if (spins < 2_000) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      Throwable t = failure;
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      } else if (t instanceof Error) {
        throw (Error) t;
      } else if (t != null) {
        throw new IllegalStateException(t);
      }
      return true;
    } finally {
      caller = null;
      lock.unlock();
    }
  }

  /** Stops the threads; later calls of {@link #tryRun} return false. */
  @Override
  public void close() {
    closed = true;
    for (Worker w : workers) {
      w.interrupt();
    }
  }

  private final class Worker extends Thread {
    private volatile Job job;
    private int part;

    Worker(String name) {
      super(name);
      setDaemon(true);
    }

    void submit(Job j, int p) {
      part = p;
      job = j;
      LockSupport.unpark(this);
    }

    @Override
    public void run() {
      while (!closed) {
        Job j = job;
        if (j == null) {
          LockSupport.park(this);
          continue;
        }
        try {
          j.run(part);
        } catch (Throwable t) {
          failure = t;
        }
        job = null;
        if (pending.decrementAndGet() == 0) {
          LockSupport.unpark(caller);
        }
      }
    }
  }
}
