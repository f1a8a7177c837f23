package org.pragma.randomization.constrained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.RandomGenerator;
import org.pragma.randomization.TieRule;

/**
 * The constrained space of a two-arm enumeration too large to hold, found in a few passes over the
 * space that keep only what they count, with the same results as holding it ({@link RankSelection}
 * over every kept allocation): same size, cutoff score and allocation, same drawn rank and
 * allocation for the same generator, same score distribution of the kept space, bit for bit.
 *
 * <p><b>Rank order</b> is (score, combn key): a score's IEEE bits order like the score, so an
 * allocation's place is given by the 128-bit number (score bits, key). The passes select on it
 * like a radix selection:
 * <ol>
 *   <li>A counting pass: the number of allocations per {@link ScoreBuckets} bucket (below a
 *       threshold from a uniform sample that surely holds the cutoff; repeated higher if not).
 *       This tells, for any rank, which bucket (a range of score bits, a <i>cell</i>) holds it
 *       and how many allocations come before the cell.</li>
 *   <li>A collecting pass keeps only the allocations of the few cells that hold a rank or a
 *       score that matters — the cutoff, the drawn rank, the order statistics of the quantiles,
 *       the bin edges of the histogram — and sorts each cell. A cell is typically a few
 *       thousand allocations wide.</li>
 *   <li>Only when those cells together exceed the memory budget (scores concentrated on few
 *       values): the largest is refined by a counting pass over its next bits, down to a single
 *       score if need be. All the allocations of a single score are tied, so their order is the
 *       combn order, which is the walk's: a pass counts them per task, and one task is walked
 *       again to find the one of the given rank.</li>
 * </ol>
 * The draw is {@code rng.nextInt(size)}, as for a held space: with the first-in-order tie rule
 * the size is cho, known before any pass; with {@link TieRule#ALL_AT_CUTOFF_SCORE} it is known
 * once the cutoff score is.
 */
final class StreamedSelection {
  private static final int DIGIT_BITS = 16;

  private final TwoArmEnumeration walk;
  private final ScoreBuckets buckets;
  private final long budget;
  private final int distinctLimit;
  private double below;
  private long[] histogram;
  private long[] before;
  private final Map<Range, Refinement> refined = new HashMap<>();
  private final Map<Range, Collected> collected = new HashMap<>();
  private int passes;
  /** Allocations by rank found among allocations of one score ({@link #findTied}). */
  private final Map<Long, Long> tied = new HashMap<>();

  /** A range [lo, hi) of score bits. */
  private record Range(long lo, long hi) {
    boolean single() {
      return hi - lo == 1;
    }

    boolean contains(long bits) {
      return bits >= lo && bits < hi;
    }
  }

  /** A range with the number of counted allocations in it and before it. */
  private record Cell(Range range, long before, long count) {}

  /**
   * The children of a refined cell: disjoint ranges in ascending order with their counts. Either
   * the 2^16 runs of its next bits, or, when it holds few distinct scores, one range per score
   * (scores between them hold no allocation).
   */
  private record Refinement(Cell parent, long[] los, long[] his, long[] counts) {
    static Refinement ofDigits(Cell parent, int shift, long[] counts) {
      long[] los = new long[counts.length];
      long[] his = new long[counts.length];
      for (int k = 0; k < counts.length; k++) {
        los[k] = parent.range.lo + ((long) k << shift);
        his[k] = k + 1 == counts.length ? parent.range.hi : parent.range.lo + ((long) (k + 1) << shift);
      }
      return new Refinement(parent, los, his, counts);
    }

    Cell ofRank(long rank) {
      long seen = parent.before;
      for (int k = 0; k < counts.length; k++) {
        if (rank < seen + counts[k]) {
          return new Cell(new Range(los[k], his[k]), seen, counts[k]);
        }
        seen += counts[k];
      }
      throw new IllegalStateException("rank " + rank + " beyond the cell");
    }

    Cell ofBits(long bits) {
      long seen = parent.before;
      for (int k = 0; k < counts.length && los[k] <= bits; k++) {
        if (bits < his[k]) {
          return new Cell(new Range(los[k], his[k]), seen, counts[k]);
        }
        seen += counts[k];
      }
      return new Cell(new Range(bits, bits + 1), seen, 0); // between distinct scores: nothing there
    }
  }

  /** The allocations of a cell in rank order: scores and combn keys {@code [from, to)}. */
  private record Collected(double[] scores, long[] keys, int from, int to) {}

  /** What the passes found. {@code chosen} is 0-based in rank order; masks are treated sets. */
  record Result(int size, double cutoffScore, long cutoffMask, int chosen, double chosenScore, long chosenMask,
      ScoreDistribution kept, int passes) {}

  /**
   * @param budget most allocations (16 bytes each) one collecting pass may keep
   * @param distinctLimit most distinct scores of a refined cell counted one by one (each becomes a
   *     child); a cell with more is split by its next bits
   */
  StreamedSelection(TwoArmEnumeration walk, long budget, int distinctLimit) {
    this.walk = walk;
    this.buckets = walk.buckets();
    this.budget = Math.max(1, budget);
    this.distinctLimit = distinctLimit;
  }

  /**
   * Finds the space of the cho best allocations (or all tied with the cho-th), draws one with
   * {@code rng.nextInt(size)} and describes the kept scores.
   *
   * @param sortedSample a uniform sample of the space's scores, ascending, for the first threshold
   */
  Result select(double[] sortedSample, int cho, TieRule tieRule, RandomGenerator rng) {
    count(sortedSample, cho);
    int size = cho;
    if (tieRule == TieRule.ALL_AT_CUTOFF_SCORE) {
      double cut = scoreAt(cho - 1, Set.of(new Target(cho - 1, true)));
      double next = Math.nextUp(cut);
      long withTies = countLess(next, Set.of(new Target(next)));
      if (withTies > Integer.MAX_VALUE - 16) {
        throw new org.pragma.randomization.RandomizationInputException(String.format(java.util.Locale.ROOT,
            "with every allocation tied at the cutoff score, the constrained space would hold %,d allocations (of "
                + "%,d): more than can be drawn from; keep the first in order instead of all ties, or lower the "
                + "cutoff", withTies, walk.total()));
      }
      size = (int) withTies;
    }
    int chosen = rng.nextInt(size);
    int last = size - 1;
    Set<Target> targets = new LinkedHashSet<>();
    targets.add(new Target(chosen, true));
    targets.add(new Target(last, true));
    targets.add(new Target(0, false));
    for (double p : ScoreDistribution.PROBABILITIES) {
      double h = (size - 1) * p;
      int lo = (int) Math.floor(h);
      targets.add(new Target(lo, false));
      targets.add(new Target(Math.min(lo + 1, size - 1), false));
    }
    anticipateBinEdges(targets, last);
    resolve(targets);
    double min = scoreAt(0, targets);
    double max = scoreAt(last, targets);
    double[] quantiles = new double[ScoreDistribution.PROBABILITIES.length];
    for (int i = 0; i < quantiles.length; i++) {
      double h = (size - 1) * ScoreDistribution.PROBABILITIES[i];
      int lo = (int) Math.floor(h);
      double low = scoreAt(lo, targets);
      quantiles[i] = lo + 1 >= size || h == lo ? low : low + (h - lo) * (scoreAt(lo + 1, targets) - low);
    }
    ScoreDistribution kept = distribution(size, min, max, quantiles);
    findTied(targets, chosen, last);
    return new Result(size, max, maskAt(last, targets), chosen, scoreAt(chosen, targets), maskAt(chosen, targets),
        kept, passes);
  }

  /** A rank (0-based) whose score (and, if {@code key}, allocation) is needed, or a score whose count below is. */
  private record Target(long rank, boolean key, double value) {
    Target(long rank, boolean key) {
      this(rank, key, Double.NaN);
    }

    Target(double value) {
      this(-1, false, value);
    }

    boolean byRank() {
      return rank >= 0;
    }
  }

  /** The first pass(es): allocations per bucket below a threshold that holds at least cho of them. */
  private void count(double[] sorted, int cho) {
    long total = walk.total();
    int sample = sorted.length;
    double fraction = (double) cho / total;
    while (true) {
      double target = fraction + 5 * Math.sqrt(fraction * (1 - fraction) / sample) + 20.0 / sample;
      int index = (int) Math.min(sample - 1, Math.ceil(target * sample));
      below = target >= 1 ? Double.POSITIVE_INFINITY : Math.nextUp(sorted[index]);
      List<BucketCounter> counters = walk.pass(below, w -> new BucketCounter());
      passes++;
      long[] merged = new long[ScoreBuckets.COUNT];
      long count = 0;
      for (BucketCounter c : counters) {
        count += c.count;
        for (int b = 0; b < merged.length; b++) {
          merged[b] += c.counts[b];
        }
      }
      if (count >= cho) {
        histogram = merged;
        before = new long[merged.length + 1];
        for (int b = 0; b < merged.length; b++) {
          before[b + 1] = before[b] + merged[b];
        }
        return;
      }
      fraction = Math.min(1, 2 * target);
    }
  }

  private final class BucketCounter implements TwoArmEnumeration.Sink {
    final long[] counts = new long[ScoreBuckets.COUNT];
    long count;

    @Override
    public void accept(double score, long mask) {
      counts[buckets.of(score)]++;
      count++;
    }
  }

  /** The bucket holding rank {@code rank} (0-based): the first b with before[b + 1] > rank. */
  private int bucketOfRank(long rank) {
    int lo = 0;
    int hi = histogram.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before[mid + 1] > rank) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (before[lo + 1] <= rank) {
      throw new IllegalStateException("rank " + rank + " beyond " + before[histogram.length] + " counted");
    }
    return lo;
  }

  /** The cell of a rank or a score, as finely as refined so far. */
  private Cell cellOf(Target t) {
    Cell cell;
    if (t.byRank()) {
      int b = bucketOfRank(t.rank);
      cell = new Cell(new Range(buckets.lowBits(b), buckets.highBits(b)), before[b], histogram[b]);
    } else {
      int b = buckets.of(t.value);
      cell = new Cell(new Range(buckets.lowBits(b), buckets.highBits(b)), before[b], histogram[b]);
    }
    long bits = Double.doubleToRawLongBits(t.value);
    for (Refinement r = refined.get(cell.range); r != null; r = refined.get(cell.range)) {
      cell = t.byRank() ? r.ofRank(t.rank) : r.ofBits(bits);
    }
    return cell;
  }

  /**
   * Makes every target answerable: refines cells until those holding more than one score fit the
   * budget together, then collects those not yet collected in one pass.
   */
  private void resolve(Set<Target> targets) {
    while (true) {
      Map<Range, Cell> needed = new HashMap<>();
      for (Target t : targets) {
        Cell c = cellOf(t);
        if (!c.range.single() && c.count > 0) {
          needed.put(c.range, c);
        }
      }
      long sum = needed.values().stream().mapToLong(Cell::count).sum();
      if (sum <= budget) {
        List<Cell> missing = needed.values().stream().filter(c -> !collected.containsKey(c.range)).toList();
        if (!missing.isEmpty()) {
          collect(missing);
        }
        return;
      }
      // refine, in one pass, every cell above an eighth of the budget (at least the largest)
      long largest = needed.values().stream().mapToLong(Cell::count).max().orElseThrow();
      refine(needed.values().stream().filter(c -> c.count > budget / 8 || c.count == largest).toList());
    }
  }

  /** One counting pass over the allocations of disjoint cells, each by its next {@value #DIGIT_BITS} bits. */
  private void refine(List<Cell> cells) {
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(java.util.Comparator.comparingLong(c -> c.range.lo));
    int[] shifts = new int[sorted.size()];
    int[] children = new int[sorted.size()];
    long[] los = new long[sorted.size()];
    long[] his = new long[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Range range = sorted.get(i).range;
      long width = range.hi - range.lo;
      shifts[i] = Math.max(0, 64 - Long.numberOfLeadingZeros(width - 1) - DIGIT_BITS);
      children[i] = (int) ((width - 1) >>> shifts[i]) + 1;
      los[i] = range.lo;
      his[i] = range.hi;
    }
    List<ChildCounter> counters = walk.pass(below, w -> new ChildCounter(los, his, shifts, children, distinctLimit));
    passes++;
    for (int i = 0; i < sorted.size(); i++) {
      java.util.TreeMap<Long, Long> distinct = new java.util.TreeMap<>();
      for (ChildCounter c : counters) {
        if (distinct != null && c.distinct[i] != null) {
          for (Map.Entry<Long, Long> e : c.distinct[i].entrySet()) {
            distinct.merge(e.getKey(), e.getValue(), Long::sum);
          }
        }
        if (c.distinct[i] == null || distinct != null && distinct.size() > distinctLimit) {
          distinct = null;
        }
      }
      if (distinct != null) {
        long[] values = distinct.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] valueHis = Arrays.stream(values).map(v -> v + 1).toArray();
        long[] counts = distinct.values().stream().mapToLong(Long::longValue).toArray();
        refined.put(sorted.get(i).range, new Refinement(sorted.get(i), values, valueHis, counts));
        continue;
      }
      long[] counts = new long[children[i]];
      for (ChildCounter c : counters) {
        for (int k = 0; k < counts.length; k++) {
          counts[k] += c.counts[i][k];
        }
      }
      refined.put(sorted.get(i).range, Refinement.ofDigits(sorted.get(i), shifts[i], counts));
    }
  }

  private static final class ChildCounter implements TwoArmEnumeration.Sink {
    final long[][] counts;
    /** Per cell, count per distinct score bits while there are at most {@link #limit}; else null. */
    final Map<Long, Long>[] distinct;
    private final int limit;
    private final long[] los;
    private final long[] his;
    private final int[] shifts;

    ChildCounter(long[] los, long[] his, int[] shifts, int[] children, int limit) {
      this.limit = limit;
      this.los = los;
      this.his = his;
      this.shifts = shifts;
      this.counts = new long[los.length][];
      @SuppressWarnings("unchecked")
      Map<Long, Long>[] maps = new Map[los.length];
      this.distinct = maps;
      for (int i = 0; i < los.length; i++) {
        counts[i] = new long[children[i]];
        distinct[i] = new HashMap<>();
      }
    }

    @Override
    public void accept(double score, long mask) {
      long bits = Double.doubleToRawLongBits(score);
      int i = Arrays.binarySearch(los, bits);
      int cell = i >= 0 ? i : -i - 2;
      if (cell >= 0 && bits < his[cell]) {
        counts[cell][(int) ((bits - los[cell]) >>> shifts[cell])]++;
        Map<Long, Long> values = distinct[cell];
        if (values != null) {
          values.merge(bits, 1L, Long::sum);
          if (values.size() > limit) {
            distinct[cell] = null;
          }
        }
      }
    }
  }

  /** One pass keeping the allocations of the given cells, each cell then sorted by (score, key). */
  private void collect(List<Cell> cells) {
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(java.util.Comparator.comparingLong(c -> c.range.lo));
    long[] los = sorted.stream().mapToLong(c -> c.range.lo).toArray();
    long[] his = sorted.stream().mapToLong(c -> c.range.hi).toArray();
    boolean[] wanted = new boolean[ScoreBuckets.COUNT];
    for (Cell c : sorted) {
      int from = buckets.of(Double.longBitsToDouble(c.range.lo));
      int to = buckets.of(Double.longBitsToDouble(c.range.hi - 1));
      for (int b = from; b <= to; b++) {
        wanted[b] = true;
      }
    }
    long expected = sorted.stream().mapToLong(Cell::count).sum();
    int capacity = Math.toIntExact(expected + (long) walk.workers() * CellCollector.BLOCK);
    double[] scores = new double[capacity];
    long[] keys = new long[capacity];
    AtomicInteger reserved = new AtomicInteger();
    List<CellCollector> done = walk.pass(below, w -> new CellCollector(wanted, los, his, scores, keys, reserved));
    passes++;
    long kept = 0;
    for (CellCollector c : done) {
      c.close();
      kept += c.kept;
    }
    if (kept != expected) {
      throw new IllegalStateException("collected " + kept + " allocations where " + expected + " were counted");
    }
    int length = Math.min(capacity, reserved.get());
    ScoreBuckets.sort(scores, keys, 0, length - 1); // empty slots (+∞) go last
    int at = 0;
    for (Cell c : sorted) {
      int to = at + (int) c.count;
      collected.put(c.range, new Collected(scores, keys, at, to));
      at = to;
    }
  }

  private final class CellCollector implements TwoArmEnumeration.Sink {
    static final int BLOCK = 1024;
    private final boolean[] wanted;
    private final long[] los;
    private final long[] his;
    private final double[] scores;
    private final long[] keys;
    private final AtomicInteger reserved;
    private int fill;
    private int blockEnd;
    long kept;

    CellCollector(boolean[] wanted, long[] los, long[] his, double[] scores, long[] keys, AtomicInteger reserved) {
      this.wanted = wanted;
      this.los = los;
      this.his = his;
      this.scores = scores;
      this.keys = keys;
      this.reserved = reserved;
    }

    @Override
    public void accept(double score, long mask) {
      if (!wanted[buckets.of(score)]) {
        return;
      }
      long bits = Double.doubleToRawLongBits(score);
      int i = Arrays.binarySearch(los, bits);
      int cell = i >= 0 ? i : -i - 2;
      if (cell < 0 || bits >= his[cell]) {
        return;
      }
      kept++;
      if (fill == blockEnd) {
        int start = reserved.getAndAdd(BLOCK);
        if (start >= scores.length) {
          return; // counted above: the pass reports the mismatch
        }
        fill = start;
        blockEnd = Math.min(start + BLOCK, scores.length);
      }
      scores[fill] = score;
      keys[fill++] = ~Long.reverse(mask);
    }

    void close() {
      Arrays.fill(scores, fill, blockEnd, Double.POSITIVE_INFINITY);
      fill = blockEnd;
    }
  }

  private double scoreAt(long rank, Set<Target> targets) {
    Cell cell = answerable(new Target(rank, false), targets);
    if (cell.range.single()) {
      return Double.longBitsToDouble(cell.range.lo);
    }
    Collected c = collected.get(cell.range);
    return c.scores[c.from + (int) (rank - cell.before)];
  }

  private long maskAt(long rank, Set<Target> targets) {
    Cell cell = answerable(new Target(rank, true), targets);
    if (cell.range.single()) {
      findTied(targets, rank);
      return tied.get(rank);
    }
    Collected c = collected.get(cell.range);
    return Long.reverse(~c.keys[c.from + (int) (rank - cell.before)]);
  }

  /** How many counted allocations score below {@code value}. */
  private long countLess(double value, Set<Target> targets) {
    Cell cell = answerable(new Target(value), targets);
    if (cell.range.single()) {
      return cell.before + (Double.longBitsToDouble(cell.range.lo) < value ? cell.count : 0);
    }
    if (cell.count == 0) {
      return cell.before;
    }
    Collected c = collected.get(cell.range);
    int i = c.from;
    while (i < c.to && c.scores[i] < value) {
      i++;
    }
    return cell.before + (i - c.from);
  }

  /** The cell of a target, resolving it first if it was not among {@code targets}. */
  private Cell answerable(Target t, Set<Target> targets) {
    Cell cell = cellOf(t);
    if (!cell.range.single() && cell.count > 0 && !collected.containsKey(cell.range)) {
      resolve(Set.of(t));
      cell = cellOf(t);
    }
    return cell;
  }

  /**
   * For each rank whose cell is a single score: the allocation of that rank. Allocations of one
   * score are tied, so they are in combn order, which is the walk's: one pass counts them per task
   * (tasks are in combn order), then the one task holding each rank is walked again.
   */
  private void findTied(Set<Target> targets, long... ranks) {
    List<Long> wanted = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    for (long rank : ranks) {
      Cell cell = answerable(new Target(rank, true), targets);
      if (cell.range.single() && !tied.containsKey(rank)) {
        wanted.add(rank);
        cells.add(cell);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    double[] scores = cells.stream().mapToDouble(c -> Double.longBitsToDouble(c.range.lo)).toArray();
    double limit = Math.nextUp(Arrays.stream(scores).max().orElseThrow());
    int tasks = walk.taskCount();
    List<TaskCounter> counters = walk.pass(limit, w -> new TaskCounter(scores, tasks));
    passes++;
    for (int i = 0; i < wanted.size(); i++) {
      long offset = wanted.get(i) - cells.get(i).before;
      double score = scores[i];
      long seen = 0;
      for (int t = 0; t < tasks && !tied.containsKey(wanted.get(i)); t++) {
        long inTask = 0;
        for (TaskCounter c : counters) {
          inTask += c.counts[i][t];
        }
        if (offset < seen + inTask) {
          long[] found = {-1};
          long[] left = {offset - seen};
          walk.walkTask(t, Math.nextUp(score), (s, mask) -> {
            if (s == score && left[0]-- == 0) {
              found[0] = mask;
            }
          });
          tied.put(wanted.get(i), found[0]);
        }
        seen += inTask;
      }
      if (!tied.containsKey(wanted.get(i))) {
        throw new IllegalStateException("no allocation " + offset + " of score " + score);
      }
    }
  }

  private static final class TaskCounter implements TwoArmEnumeration.Sink {
    final long[][] counts;
    private final double[] scores;
    private int task;

    TaskCounter(double[] scores, int tasks) {
      this.scores = scores;
      this.counts = new long[scores.length][tasks];
    }

    @Override
    public void task(int index) {
      task = index;
    }

    @Override
    public void accept(double s, long mask) {
      for (int i = 0; i < scores.length; i++) {
        if (s == scores[i]) {
          counts[i][task]++;
        }
      }
    }
  }

  /**
   * Adds the scores where the kept histogram's bins change (known once min and max are): the
   * buckets they may fall in, from the cells of the min and the max, so that one collecting pass
   * usually serves them too. Only a guess to save a pass; {@link #distribution} resolves them exactly.
   */
  private void anticipateBinEdges(Set<Target> targets, int last) {
    Cell low = cellOf(new Target(0, false));
    Cell high = cellOf(new Target(last, false));
    double minLo = Double.longBitsToDouble(low.range.lo);
    double minHi = Double.longBitsToDouble(Math.min(low.range.hi, 0x7FF0000000000000L));
    double maxLo = Double.longBitsToDouble(high.range.lo);
    double maxHi = Double.longBitsToDouble(Math.min(high.range.hi, 0x7FF0000000000000L));
    for (int k = 1; k < BINS; k++) {
      double from = (minLo + Math.max(0, maxLo - minHi) * k / BINS) * (1 - 1e-9);
      double to = (minHi + (maxHi - minLo) * k / BINS) * (1 + 1e-9);
      int first = buckets.of(from);
      int end = buckets.of(to);
      for (int b = first; b <= end && end - first < 64; b++) {
        if (histogram[b] > 0 && histogram[b] <= budget / 4) {
          targets.add(new Target(Double.longBitsToDouble(buckets.lowBits(b))));
        }
      }
    }
  }

  private static final int BINS = 20;

  /**
   * The kept scores' distribution as {@link ScoreDistribution#of} computes it from all of them:
   * a score s goes to bin (int)((s − min)/(max − min)·20), which never decreases with s, so each
   * bin is a run of ranks; its bounds are the counts of scores below the smallest score of each
   * bin, found by bisection over the doubles.
   */
  private ScoreDistribution distribution(int size, double min, double max, double[] quantiles) {
    double[] edges = new double[BINS + 1];
    for (int b = 0; b <= BINS; b++) {
      edges[b] = min + (max - min) * b / BINS;
    }
    long[] counts = new long[BINS];
    if (!(max > min)) {
      counts[0] = size;
    } else {
      double[] starts = new double[BINS];
      Set<Target> targets = new LinkedHashSet<>();
      for (int k = 1; k < BINS; k++) {
        starts[k] = firstOfBin(k, min, max);
        targets.add(new Target(starts[k]));
      }
      resolve(targets);
      long previous = 0;
      for (int k = 1; k <= BINS; k++) {
        long upTo = k == BINS ? size : Math.min(size, countLess(starts[k], targets));
        counts[k - 1] = upTo - previous;
        previous = upTo;
      }
    }
    return new ScoreDistribution(size, false, min, max, ScoreDistribution.PROBABILITIES.clone(), quantiles, edges,
        counts);
  }

  /** The smallest score in [min, max] whose bin, as ScoreDistribution computes it, is at least k. */
  private static double firstOfBin(int k, double min, double max) {
    long lo = Double.doubleToRawLongBits(min);
    long hi = Double.doubleToRawLongBits(max);
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (bin(Double.longBitsToDouble(mid), min, max) >= k) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return Double.longBitsToDouble(lo);
  }

  private static int bin(double s, double min, double max) {
    int b = (int) ((s - min) / (max - min) * BINS);
    return Math.min(b, BINS - 1);
  }
}
