package org.sharedoutcomes.benchmarks.internal;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Three quick figures of the machine's state, taken by {@code benchmarks/run.sh} before each part
 * and written beside its date and load, so that runs can be compared: a shared virtual machine's
 * speed changes from hour to hour, most of all for memory, and a ratio near its bound can move
 * across it with the host alone.
 *
 * <ul>
 *   <li>{@code compute}: nanoseconds per step of a dependent integer loop (multiply, add, xor,
 *       shift), the processor alone;
 *   <li>{@code chase}: nanoseconds per load of a pointer chase through a random cycle over 256
 *       MiB of {@code int}s, each load waiting on the one before: memory latency with its cache
 *       and TLB misses, what the L benchmarks wait on;
 *   <li>{@code touch}: nanoseconds per 4 KiB page for writing 512 MiB of fresh heap, then the same
 *       for writing it again: the first figure is the first touch of the heap's pages (which a
 *       host that backs memory lazily makes costly), the second the same writes once the pages
 *       are there.
 * </ul>
 *
 * <p>Run as {@code java -Xms8g -Xmx8g -cp benchmarks.jar
 * org.sharedoutcomes.benchmarks.internal.HostCheck}, with the heap of the benchmarks it goes
 * before; it prints one line, such as {@code compute=1.53ns chase=293ns touch=2798ns/466ns per
 * page}. About five seconds. Not a
 * benchmark: no warm-up beyond a first round, one measurement each; a figure to compare, not to
 * quote.
 */
public final class HostCheck {
  private static final int PAGE = 4096;

  private HostCheck() {}

  /**
   * Prints the three figures.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(line());
  }

  /**
   * The three figures as one line, {@code compute=<n>ns chase=<n>ns touch=<first>ns/<again>ns per
   * page}: a touch of 512 MiB, 200 million compute steps, 5 million loads over 256 MiB.
   *
   * @return the line
   */
  public static String line() {
    return line(512 << 20, 64 << 20, 200_000_000, 5_000_000);
  }

  /**
   * The line, from a touch of {@code touchBytes}, {@code steps} compute steps and {@code loads}
   * loads of a chase over {@code chaseInts} slots (smaller sizes for the tests).
   */
  static String line(int touchBytes, int chaseInts, int steps, int loads) {
    double[] touch = touch(touchBytes);
    compute(steps / 10); // compiled before it is timed
    double compute = compute(steps);
    double chase = chase(chaseInts, loads);
    return String.format(Locale.ROOT, "compute=%.2fns chase=%.0fns touch=%.0fns/%.0fns per page",
        compute, chase, touch[0], touch[1]);
  }

  /** Nanoseconds per step of a dependent arithmetic loop. */
  static double compute(int steps) {
    long x = 0x9E3779B97F4A7C15L;
    long t = System.nanoTime();
    for (int i = 0; i < steps; i++) {
      x = (x * 0x5851F42D4C957F2DL + i) ^ (x >>> 29);
    }
    long d = System.nanoTime() - t;
    sink(x);
    return (double) d / steps;
  }

  /**
   * Nanoseconds per load of a chase through one random cycle over {@code ints} slots (Sattolo's
   * shuffle, so the cycle visits every slot).
   */
  static double chase(int ints, int loads) {
    int[] next = cycle(ints, 42);
    int p = 0;
    for (int i = 0; i < loads / 10; i++) {
      p = next[p]; // warm the loop
    }
    long t = System.nanoTime();
    for (int i = 0; i < loads; i++) {
      p = next[p];
    }
    long d = System.nanoTime() - t;
    sink(p);
    return (double) d / loads;
  }

  /**
   * A random cyclic permutation of {@code 0..n-1} (Sattolo's algorithm): following {@code
   * next[p]} from any slot visits every slot before it returns.
   */
  static int[] cycle(int n, long seed) {
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      next[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i);
      int s = next[i];
      next[i] = next[j];
      next[j] = s;
    }
    return next;
  }

  /**
   * Nanoseconds per page to allocate and write {@code bytes} of fresh heap, then to write the
   * same array again.
   */
  static double[] touch(int bytes) {
    int pages = bytes / PAGE;
    long t = System.nanoTime();
    byte[] a = new byte[bytes];
    for (int i = 0; i < bytes; i += PAGE) {
      a[i] = 1;
    }
    long first = System.nanoTime() - t;
    t = System.nanoTime();
    for (int i = 0; i < bytes; i += PAGE) {
      a[i] = 2;
    }
    java.util.Arrays.fill(a, (byte) 3);
    long again = System.nanoTime() - t;
    sink(a[bytes - 1]);
    return new double[] {(double) first / pages, (double) again / pages};
  }

  private static volatile long sunk;

  private static void sink(long v) {
    sunk = v;
  }
}
