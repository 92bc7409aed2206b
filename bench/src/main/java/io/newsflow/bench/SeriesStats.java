package io.newsflow.bench;

import java.util.Arrays;

/**
 * The few statistics the soak judges a sample series by: least-squares slope, median, max, and the
 * first and last third of a series (the soak compares the two thirds, so a short spike in the middle
 * does not count as growth).
 */
final class SeriesStats {
  private SeriesStats() {}

  /** Least-squares slope of {@code y} over {@code x} (units of y per unit of x); 0 for fewer than 2 points. */
  static double slope(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  /** Median (mean of the two middle values for an even count); NaN when empty. */
  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  /** The first third of the series (rounded down, at least one value when non-empty). */
  static double[] firstThird(double[] v) {
    return Arrays.copyOfRange(v, 0, thirdLength(v.length));
  }

  /** The last third of the series (same length as {@link #firstThird}). */
  static double[] lastThird(double[] v) {
    return Arrays.copyOfRange(v, v.length - thirdLength(v.length), v.length);
  }

  private static int thirdLength(int n) {
    return n == 0 ? 0 : Math.max(1, n / 3);
  }
}
