package org.pragma.randomization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deliberately naive transcription of cvcrand's cvrall (cvcrand.md §3–7) for two arms:
 * standardize each column (n−1 SD), multiply by its weight, list every treated set in combn order,
 * score Σ_k (Σ_{i∈T} zw_ik)², stable-sort and keep the first round-half-even(R·cutoff).
 */
final class CvcrandReference {
  record Scheme(long treated, double score) {}

  private CvcrandReference() {}

  static double[][] weightedZ(double[][] columns, double[] weights) {
    int n = columns[0].length;
    double[][] z = new double[n][columns.length];
    for (int k = 0; k < columns.length; k++) {
      double mean = 0;
      for (double v : columns[k]) mean += v;
      mean /= n;
      double ss = 0;
      for (double v : columns[k]) ss += (v - mean) * (v - mean);
      double sd = Math.sqrt(ss / (n - 1));
      for (int i = 0; i < n; i++) z[i][k] = weights[k] * ((columns[k][i] - mean) / sd);
    }
    return z;
  }

  static List<Scheme> allSchemes(double[][] zw, int treated, boolean l2) {
    List<Scheme> out = new ArrayList<>();
    combn(zw, treated, 0, 0L, l2, out);
    return out;
  }

  private static void combn(double[][] zw, int left, int from, long mask, boolean l2, List<Scheme> out) {
    if (left == 0) {
      out.add(new Scheme(mask, score(zw, mask, l2)));
      return;
    }
    for (int i = from; i <= zw.length - left; i++) {
      combn(zw, left - 1, i + 1, mask | 1L << i, l2, out);
    }
  }

  static double score(double[][] zw, long mask, boolean l2) {
    double total = 0;
    for (int k = 0; k < zw[0].length; k++) {
      double s = 0;
      for (int i = 0; i < zw.length; i++) {
        if ((mask >>> i & 1) != 0) s += zw[i][k];
      }
      total += l2 ? s * s : Math.abs(s);
    }
    return total;
  }

  static List<Scheme> constrained(List<Scheme> all, double cutoff) {
    List<Scheme> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble(Scheme::score));
    int cho = (int) Math.max(1, Math.rint(all.size() * cutoff));
    return sorted.subList(0, cho);
  }
}
