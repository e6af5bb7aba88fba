/*
 * Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
 */
package org.einsum4j.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.einsum4j.Einsums;
import org.einsum4j.FloatTensor;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the seed suite with JMH and reports every workload against the machine's limit, the naive loops and
 * the best alternative measured on this machine.
 *
 * <p>System properties (all optional):
 * <ul>
 *   <li>{@code -Dquick=true}: a smoke run, 1 fork, 1 warm-up and 2 measured iterations.</li>
 *   <li>{@code -Dworkloads=gemm,bmm}: only these workloads.</li>
 *   <li>{@code -Dforks=2 -Dwarmup=2 -Diterations=3 -Dseconds=1}: forks per benchmark, warm-up and measured
 *       iterations per fork, seconds per iteration (the defaults; the full suite takes about 15 minutes
 *       with today's scalar kernels, most of it in chain3's single loop nest).</li>
 *   <li>{@code -Dbenches=einsum,naive,interpreter,materialized}: which benchmark classes to run (the
 *       default). {@code into} ({@link EinsumIntoBench}) adds the generated {@code out} form, {@code xInto(...,
 *       out)} into a result allocated once, next to {@code einsum}'s allocating call: e.g.
 *       {@code -Dbenches=einsum,into}. {@code materialized}, seed 003's form of {@code rel_context_fused} as
 *       naive loops, runs only when {@code rel_context_fused} is selected.</li>
 *   <li>{@code -Dmachine=fixed}: rate the workloads against {@link Workload}'s fixed limits instead of those
 *       measured first, in this JVM ({@link Machine}: the CPU model, its FMA peak and triad bandwidth, printed
 *       above the table and written into every JSONL line as {@code cpu}, {@code peak_gflops},
 *       {@code peak_gflops_1thread} and {@code bandwidth_gbs}).</li>
 *   <li>{@code -Dout=benchmarks/target}: where to write {@code seed-suite.jsonl} and {@code seed-suite.svg}
 *       ({@code benchmarks/target} when run from the repository root, else {@code target}).</li>
 * </ul>
 * For {@code rel_context_fused} it also measures, in its own JVM after the benchmarks, the bytes one
 * generated call allocates at the full sizes, and reports them against seed 003's {@code [b,i,j,h,d]}
 * temporary. The time of a workload is the median of all measured iterations of all forks (JMH's raw per-iteration
 * averages), in milliseconds per call.
 *
 * <p>The table's and the JSONL's {@code ms}, {@code gflops}, {@code limit_fraction}, {@code vs_naive} and
 * {@code vs_best} are always the allocating call's ({@link EinsumBench}). With {@code into}, the table adds the
 * columns "ms (out)" and "GFLOP/s (out)" (GB/s for permute), and each JSONL line has {@code ms_out},
 * {@code gflops_out} and {@code limit_fraction_out} (otherwise {@code null}).
 *
 * <p>It exits with status 1 if any trial failed, for instance because a kernel disagreed with the interpreter
 * before measuring.
 */
public final class SeedSuiteRunner {
  private static final Map<String, Class<?>> BENCHES = new LinkedHashMap<>();

  static {
    BENCHES.put("einsum", EinsumBench.class);
    BENCHES.put("into", EinsumIntoBench.class);
    BENCHES.put("naive", NaiveBench.class);
    BENCHES.put("interpreter", InterpreterBench.class);
    BENCHES.put("materialized", MaterializedBench.class);
  }

  /** rel_context_fused's target: at least this many times faster than torch's materialized seed-003 form. */
  static final double FUSED_TARGET_VS_TORCH = 50;

  private SeedSuiteRunner() {}

  /** One workload's medians, in ms; NaN where not run or failed. */
  static final class Row {
    final Workload w;
    /** The allocating call ({@link EinsumBench}). */
    double ms = Double.NaN;
    /** The call into a preallocated {@code out} ({@link EinsumIntoBench}). */
    double outMs = Double.NaN;
    double naiveMs = Double.NaN;
    double interpreterMs = Double.NaN;
    /** rel_context_fused only: the naive loops that build seed 003's temporary ({@link MaterializedBench}). */
    double materializedMs = Double.NaN;
    /** rel_context_fused only: bytes one generated call allocates at the full sizes, measured; -1 if not. */
    long allocatedBytes = -1;
    int samples;
    String jdk = System.getProperty("java.version");

    Row(Workload w) {
      this.w = w;
    }

    /** GFLOP/s for compute workloads; NaN for permute and trace. */
    double gflops() {
      return gflops(ms);
    }

    /** Effective GB/s: the least bytes moved over the time. */
    double gbps() {
      return gbps(ms);
    }

    double limitFraction() {
      return limitFraction(ms);
    }

    double gflopsOut() {
      return gflops(outMs);
    }

    double gbpsOut() {
      return gbps(outMs);
    }

    double limitFractionOut() {
      return limitFraction(outMs);
    }

    private double gflops(double time) {
      return w.kind() == Workload.Kind.COMPUTE ? w.gflop() / time * 1e3 : Double.NaN;
    }

    private double gbps(double time) {
      return w.bytesMoved() / (time * 1e6);
    }

    private double limitFraction(double time) {
      switch (w.kind()) {
        case COMPUTE:
          return gflops(time) / w.limit();
        case BANDWIDTH:
          return gbps(time) / w.limit();
        default:
          return Double.NaN;
      }
    }

    double vsNaive() {
      return naiveMs / ms;
    }

    /** How many times faster than the best alternative (above 1: faster). */
    double vsBest() {
      if (Double.isNaN(w.bestAlternative())) {
        return Double.NaN;
      }
      return w.bestAlternativeUnit().equals("ms") ? w.bestAlternative() / ms : gflops() / w.bestAlternative();
    }
  }

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = Boolean.getBoolean("quick");
    int forks = Integer.getInteger("forks", quick ? 1 : 2);
    int warmup = Integer.getInteger("warmup", quick ? 1 : 2);
    int iterations = Integer.getInteger("iterations", quick ? 2 : 3);
    double seconds = Double.parseDouble(System.getProperty("seconds", "1"));
    List<Workload> workloads = selectWorkloads(System.getProperty("workloads", ""));
    List<String> benches = new ArrayList<>();
    for (String b : System.getProperty("benches", "einsum,naive,interpreter,materialized").split(",")) {
      benches.add(b.trim());
    }
    boolean fused = workloads.stream().anyMatch(w -> w.name().equals(MaterializedBench.WORKLOAD));
    if (!fused) {
      benches.remove("materialized");
    }
    Path out = outputDir(System.getProperty("out"));
    PrintStream o = System.out;
    if (forks < 2 && !quick) {
      o.println("warning: fewer than 2 forks; the medians hide fork-to-fork variation");
    }

    ChainedOptionsBuilder ob = new OptionsBuilder()
        .param("workload", workloads.stream().map(Workload::name).toArray(String[]::new))
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .forks(forks)
        .warmupIterations(warmup)
        .measurementIterations(iterations)
        .warmupTime(TimeValue.milliseconds(Math.round(seconds * 1000)))
        .measurementTime(TimeValue.milliseconds(Math.round(seconds * 1000)))
        .jvmArgsAppend("--add-modules=jdk.incubator.vector")
        .shouldFailOnError(false);
    for (String b : benches) {
      Class<?> c = BENCHES.get(b.trim());
      if (c == null) {
        throw new IllegalArgumentException("unknown bench " + b + "; choose from " + BENCHES.keySet());
      }
      ob.include("^" + Pattern.quote(c.getName()) + "\\.");
    }
    o.printf(Locale.ROOT, "seed suite: %d workload(s), benches %s, %d fork(s) x (%d warm-up + %d measured) x %ss%n",
        workloads.size(), benches, forks, warmup, iterations, seconds);
    Machine machine = measureMachine(o);
    Collection<RunResult> results = new Runner(ob.build()).run();

    Map<String, Row> rows = new LinkedHashMap<>();
    for (Workload w : workloads) {
      rows.put(w.name(), new Row(w));
    }
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      if (bench.startsWith(MaterializedBench.class.getName() + ".")) {
        continue;
      }
      Row row = rows.get(r.getParams().getParam("workload"));
      List<Double> scores = scores(r);
      double median = median(scores);
      if (bench.startsWith(EinsumBench.class.getName() + ".")) {
        row.ms = median;
        row.samples = scores.size();
        row.jdk = r.getParams().getJdkVersion();
      } else if (bench.startsWith(EinsumIntoBench.class.getName() + ".")) {
        row.outMs = median;
        row.jdk = r.getParams().getJdkVersion();
      } else if (bench.startsWith(NaiveBench.class.getName() + ".")) {
        row.naiveMs = median;
      } else if (bench.startsWith(InterpreterBench.class.getName() + ".")) {
        row.interpreterMs = median;
      }
    }
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().startsWith(MaterializedBench.class.getName() + ".")) {
        rows.get(MaterializedBench.WORKLOAD).materializedMs = median(scores(r));
      }
    }
    if (fused && benches.contains("einsum")) {
      Row row = rows.get(MaterializedBench.WORKLOAD);
      row.allocatedBytes = allocatedPerCall(row.w);
    }

    o.println();
    if (machine != null) {
      o.println("machine: " + machine);
    }
    o.print(table(rows.values(), benches.contains("einsum"), benches.contains("into")));
    Files.createDirectories(out);
    Path jsonl = out.resolve("seed-suite.jsonl");
    Path svg = out.resolve("seed-suite.svg");
    StringBuilder lines = new StringBuilder();
    for (Row row : rows.values()) {
      lines.append(json(row, forks, machine)).append('\n');
    }
    Files.writeString(jsonl, lines, StandardCharsets.UTF_8);
    Files.writeString(svg, svg(rows.values()), StandardCharsets.UTF_8);
    o.println("wrote " + jsonl + " and " + svg);

    List<String> failed = new ArrayList<>();
    for (Row row : rows.values()) {
      if (benches.contains("einsum") && Double.isNaN(row.ms)) {
        failed.add(row.w.name() + " (einsum)");
      }
      if (benches.contains("into") && Double.isNaN(row.outMs)) {
        failed.add(row.w.name() + " (into)");
      }
      if (benches.contains("naive") && Double.isNaN(row.naiveMs)) {
        failed.add(row.w.name() + " (naive)");
      }
      if (benches.contains("interpreter") && Double.isNaN(row.interpreterMs)) {
        failed.add(row.w.name() + " (interpreter)");
      }
      if (benches.contains("materialized") && row.w.name().equals(MaterializedBench.WORKLOAD)
          && Double.isNaN(row.materializedMs)) {
        failed.add(row.w.name() + " (materialized)");
      }
    }
    if (!failed.isEmpty()) {
      o.println("FAILED (no result; see the JMH log above): " + String.join(", ", failed));
      System.exit(1);
    }
  }

  private static List<Double> scores(RunResult r) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult br : r.getBenchmarkResults()) {
      for (IterationResult ir : br.getIterationResults()) {
        scores.add(ir.getPrimaryResult().getScore());
      }
    }
    return scores;
  }

  /**
   * Returns the least bytes one generated call of {@code w} allocates at the full sizes once the JIT has compiled
   * it, measured in this JVM: calls until one allocates at most its result plus 256 KiB, or 400 calls; -1 if the
   * JVM does not count allocation. Vector code boxes its vectors until C2 compiles it, so the first calls
   * allocate far more than a warmed call does.
   */
  static long allocatedPerCall(Workload w) {
    SeedSuite suite = Einsums.load(SeedSuite.class);
    FloatTensor[] inputs = w.inputs(w.sizes(), 1);
    long result = 4L * w.einsum(suite, inputs).size();
    return Allocations.warmedBytes(() -> w.einsum(suite, inputs), result + 262144 + 1, 400);
  }

  static List<Workload> selectWorkloads(String filter) {
    if (filter.isBlank()) {
      return Workload.ALL;
    }
    List<Workload> ws = new ArrayList<>();
    for (String name : filter.split(",")) {
      ws.add(Workload.named(name.trim()));
    }
    return ws;
  }

  private static Path outputDir(String prop) {
    if (prop != null) {
      return Paths.get(prop);
    }
    return Files.isDirectory(Paths.get("benchmarks")) ? Paths.get("benchmarks", "target") : Paths.get("target");
  }

  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return Double.NaN;
    }
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  /**
   * Returns the printed table.
   *
   * @param einsum whether {@link EinsumBench} ran: a missing time then shows as FAILED
   * @param into whether {@link EinsumIntoBench} ran: adds the columns "ms (out)" and "GFLOP/s (out)"
   */
  static String table(Collection<Row> rows, boolean einsum, boolean into) {
    StringBuilder sb = new StringBuilder();
    String fmt = "%-17s %-22s %11s %11s%s %17s %9s %9s %26s %8s %12s%n";
    String outFmt = " %11s %14s";
    sb.append(String.format(Locale.ROOT, fmt, "workload", "spec", "ms", "GFLOP/s",
        into ? String.format(Locale.ROOT, outFmt, "ms (out)", "GFLOP/s (out)") : "", "of limit (bound)", "limit",
        "vs naive", "best alternative", "vs best", "interp. ms*"));
    for (Row r : rows) {
      Workload w = r.w;
      String rate;
      String outRate;
      String limit;
      switch (w.kind()) {
        case COMPUTE:
          rate = num(r.gflops());
          outRate = num(r.gflopsOut());
          limit = num(w.limit());
          break;
        case BANDWIDTH:
          rate = num(r.gbps()) + " GB/s";
          outRate = num(r.gbpsOut()) + " GB/s";
          limit = num(w.limit()) + " GB/s";
          break;
        default:
          rate = "-";
          outRate = "-";
          limit = "-";
      }
      String outCols = !into ? "" : String.format(Locale.ROOT, outFmt,
          Double.isNaN(r.outMs) ? "FAILED" : num(r.outMs), Double.isNaN(r.outMs) ? "-" : outRate);
      String frac = Double.isNaN(r.limitFraction()) ? "- (" + w.bound() + ")"
          : pct(r.limitFraction()) + " (" + w.bound() + ")";
      String alt = Double.isNaN(w.bestAlternative()) ? "-"
          : num(w.bestAlternative()) + " " + w.bestAlternativeUnit() + " " + w.bestAlternativeWho();
      sb.append(String.format(Locale.ROOT, fmt, w.name(), w.spec(),
          einsum && Double.isNaN(r.ms) ? "FAILED" : num(r.ms), rate, outCols, frac, limit, times(r.vsNaive()),
          abbreviate(alt, 26), times(r.vsBest()), num(r.interpreterMs)));
    }
    for (Row r : rows) {
      if (r.w.name().equals(MaterializedBench.WORKLOAD)) {
        sb.append(fusedNote(r));
      }
    }
    sb.append(String.format(Locale.ROOT,
        "ms: median over all measured iterations of all forks. Limits: %.0f GFLOP/s peak, %.0f GB/s memory; "
            + "vs naive/vs best: times faster.%n* the interpreter at reduced sizes (labels capped at %d), not "
            + "comparable with ms.%n", Workload.peakGflops(), Workload.bandwidthGbs(), InterpreterBench.CAP));
    if (into) {
      sb.append(String.format(Locale.ROOT, "ms (out), GFLOP/s (out): the same call written into a result "
          + "allocated once (xInto(..., out)); the other columns are the allocating call's.%n"));
    }
    return sb.toString();
  }

  /**
   * The rel_context_fused line under the table: against torch's time for seed 003's materialized form and the
   * target, the naive loops that build the temporary, and the bytes one call allocates against the temporary.
   */
  static String fusedNote(Row r) {
    Workload w = r.w;
    double targetMs = w.bestAlternative() / FUSED_TARGET_VS_TORCH;
    long temporary = Allocations.seed003TemporaryBytes(w.sizes());
    String verdict = Double.isNaN(r.ms) ? "no result" : r.vsBest() >= FUSED_TARGET_VS_TORCH ? "met" : "NOT met";
    String alloc = r.allocatedBytes < 0 ? "allocation not measured"
        : String.format(Locale.ROOT, "one call allocates %s MiB, %s of the %s MiB [b,i,j,h,d] temporary: %s",
            num(r.allocatedBytes / 1048576.0), pct((double) r.allocatedBytes / temporary), num(temporary / 1048576.0),
            r.allocatedBytes < temporary / 10 ? "no [B,S,S,H,D] array allocated" : "10% OR MORE OF THE TEMPORARY");
    return String.format(Locale.ROOT,
        "%s: %s ms vs %s ms %s (seed 003's V.unsqueeze(1)+AV form): %s; target >= %.0fx, i.e. <= %.2f ms: %s. "
            + "Naive loops building the temporary (rel_context_seed003_materialized): %s ms. %s.%n",
        w.name(), num(r.ms), num(w.bestAlternative()), w.bestAlternativeWho(), times(r.vsBest()),
        FUSED_TARGET_VS_TORCH, targetMs, verdict, num(r.materializedMs), alloc);
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }

  private static String num(double x) {
    if (Double.isNaN(x)) {
      return "-";
    }
    double a = Math.abs(x);
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 0.1 ? "%.2f" : "%.3g", x);
  }

  private static String times(double x) {
    return Double.isNaN(x) ? "-" : num(x) + "x";
  }

  /**
   * Measures the machine's limits ({@link Machine}) before the benchmarks and rates the workloads against them;
   * {@code -Dmachine=fixed} keeps {@link Workload}'s defaults instead. Returns null when not measured.
   */
  private static Machine measureMachine(PrintStream o) {
    if ("fixed".equals(System.getProperty("machine"))) {
      o.printf(Locale.ROOT, "machine: not measured (-Dmachine=fixed); limits %.0f GFLOP/s, %.0f GB/s%n",
          Workload.peakGflops(), Workload.bandwidthGbs());
      return null;
    }
    try {
      int threads = Integer.getInteger("einsum4j.threads", Runtime.getRuntime().availableProcessors());
      Machine m = Machine.measure(threads);
      Workload.useLimits(m.peak(), m.bandwidth());
      o.println("machine: " + m);
      return m;
    } catch (LinkageError e) {
      o.printf(Locale.ROOT, "machine: not measured (start with --add-modules jdk.incubator.vector); limits %.0f "
          + "GFLOP/s, %.0f GB/s%n", Workload.peakGflops(), Workload.bandwidthGbs());
      return null;
    }
  }

  static String json(Row r, int forks) {
    return json(r, forks, null);
  }

  static String json(Row r, int forks, Machine machine) {
    Workload w = r.w;
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"name\":").append(str(w.name()));
    sb.append(",\"spec\":").append(str(w.spec()));
    sb.append(",\"sizes\":").append(sizes(w.sizes()));
    sb.append(",\"ms\":").append(jnum(r.ms));
    sb.append(",\"gflops\":").append(jnum(r.gflops()));
    sb.append(",\"limit_fraction\":").append(jnum(r.limitFraction()));
    if (machine != null) {
      sb.append(",\"cpu\":").append(str(machine.cpu()));
      sb.append(",\"peak_gflops\":").append(jnum(machine.peak()));
      sb.append(",\"peak_gflops_1thread\":").append(jnum(machine.peak1()));
      sb.append(",\"bandwidth_gbs\":").append(jnum(machine.bandwidth()));
    }
    sb.append(",\"vs_naive\":").append(jnum(r.vsNaive()));
    sb.append(",\"jdk\":").append(str(r.jdk));
    sb.append(",\"bound\":").append(str(w.bound()));
    sb.append(",\"limit\":").append(jnum(w.limit()));
    sb.append(",\"limit_unit\":").append(str(w.kind() == Workload.Kind.BANDWIDTH ? "GB/s"
        : w.kind() == Workload.Kind.COMPUTE ? "GFLOP/s" : ""));
    sb.append(",\"gflop\":").append(jnum(w.gflop()));
    sb.append(",\"bytes\":").append(w.bytesMoved());
    sb.append(",\"gbps\":").append(jnum(w.kind() == Workload.Kind.TIME ? Double.NaN : r.gbps()));
    sb.append(",\"ms_out\":").append(jnum(r.outMs));
    sb.append(",\"gflops_out\":").append(jnum(r.gflopsOut()));
    sb.append(",\"limit_fraction_out\":").append(jnum(r.limitFractionOut()));
    sb.append(",\"naive_ms\":").append(jnum(r.naiveMs));
    sb.append(",\"interpreter_ms_reduced\":").append(jnum(r.interpreterMs));
    sb.append(",\"interpreter_sizes\":").append(sizes(w.reduced(InterpreterBench.CAP)));
    sb.append(",\"best_alternative\":").append(jnum(w.bestAlternative()));
    sb.append(",\"best_alternative_unit\":").append(str(w.bestAlternativeUnit()));
    sb.append(",\"best_alternative_who\":").append(str(w.bestAlternativeWho()));
    sb.append(",\"vs_best\":").append(jnum(r.vsBest()));
    sb.append(",\"iterations\":").append(r.samples);
    sb.append(",\"forks\":").append(forks);
    boolean fused = w.name().equals(MaterializedBench.WORKLOAD);
    sb.append(",\"naive_materialized_ms\":").append(jnum(fused ? r.materializedMs : Double.NaN));
    sb.append(",\"allocated_bytes_per_call\":").append(fused && r.allocatedBytes >= 0 ? r.allocatedBytes : "null");
    sb.append(",\"temporary_bytes_avoided\":")
        .append(fused ? String.valueOf(Allocations.seed003TemporaryBytes(w.sizes())) : "null");
    return sb.append('}').toString();
  }

  private static String sizes(Map<Character, Integer> sizes) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<Character, Integer> e : sizes.entrySet()) {
      sb.append(sb.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":").append(e.getValue());
    }
    return sb.append('}').toString();
  }

  private static String jnum(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "null";
    }
    return Double.toString(Double.parseDouble(String.format(Locale.ROOT, "%.6g", x)));
  }

  private static String str(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Draws GFLOP/s per compute workload on a log scale: einsum4j's bar, the naive loops' bar, the workload's
   * limit as a red line and the best alternative as an orange diamond; permute and trace as notes below.
   */
  static String svg(Collection<Row> rows) {
    List<Row> compute = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Row r : rows) {
      if (r.w.kind() == Workload.Kind.COMPUTE) {
        compute.add(r);
      } else if (r.w.kind() == Workload.Kind.BANDWIDTH) {
        notes.add(String.format(Locale.ROOT, "%s (%s): %s ms, %s GB/s = %s of %.0f GB/s; naive %s ms; best alternative %s ms (%s)",
            r.w.name(), r.w.spec(), num(r.ms), num(r.gbps()), pct(r.limitFraction()), r.w.limit(), num(r.naiveMs),
            num(r.w.bestAlternative()), r.w.bestAlternativeWho()));
      } else {
        notes.add(String.format(Locale.ROOT, "%s (%s): %s ms; naive %s ms; best alternative %s ms (%s)",
            r.w.name(), r.w.spec(), num(r.ms), num(r.naiveMs), num(r.w.bestAlternative()),
            r.w.bestAlternativeWho()));
      }
    }
    int slot = 86;
    int left = 70;
    int top = 60;
    int plotH = 300;
    int width = Math.max(640, left + slot * compute.size() + 20);
    int height = top + plotH + 110 + 18 * notes.size();
    // Decades from 1000 GFLOP/s down to below the slowest bar (at most down to 1e-5).
    double min = 0.1;
    for (Row r : compute) {
      for (double v : new double[] {r.gflops(), r.w.gflop() / r.naiveMs * 1e3}) {
        if (v > 0) {
          min = Math.min(min, v);
        }
      }
    }
    double lo = Math.max(-5, Math.floor(Math.log10(min)));
    double hi = 3;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
            + "font-size=\"11\">%n", width, height));
    s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    s.append("<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">einsum4j seed suite: GFLOP/s "
        + "against each workload's limit (log scale)</text>\n");
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"30\" width=\"10\" height=\"10\" fill=\"#3366cc\"/><text x=\"%d\" y=\"39\">einsum4j</text>"
            + "<rect x=\"%d\" y=\"30\" width=\"10\" height=\"10\" fill=\"#aaaaaa\"/><text x=\"%d\" y=\"39\">naive loops</text>"
            + "<line x1=\"%d\" y1=\"35\" x2=\"%d\" y2=\"35\" stroke=\"#cc0000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
            + "<text x=\"%d\" y=\"39\">limit min(%.0f, AI x %.0f GB/s)</text>"
            + "<path d=\"M %d 30 l 5 5 l -5 5 l -5 -5 z\" fill=\"#ff9900\"/><text x=\"%d\" y=\"39\">best alternative</text>%n",
        left, left + 14, left + 80, left + 94, left + 180, left + 200, left + 204, Workload.peakGflops(),
        Workload.bandwidthGbs(), left + 400, left + 410));
    for (int d = (int) lo; d <= (int) hi; d++) {
      double y = top + plotH - (d - lo) / (hi - lo) * plotH;
      s.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>"
              + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          left, y, width - 10, y, left - 6, y + 4, java.math.BigDecimal.ONE.scaleByPowerOfTen(d).toPlainString()));
    }
    s.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">GFLOP/s</text>%n",
        top + plotH / 2, top + plotH / 2));
    for (int i = 0; i < compute.size(); i++) {
      Row r = compute.get(i);
      int x0 = left + i * slot;
      bar(s, x0 + 12, 24, r.gflops(), lo, hi, top, plotH, "#3366cc",
          r.w.name() + " einsum4j: " + num(r.gflops()) + " GFLOP/s, " + num(r.ms) + " ms, " + pct(r.limitFraction())
              + " of limit");
      bar(s, x0 + 38, 24, r.w.gflop() / r.naiveMs * 1e3, lo, hi, top, plotH, "#aaaaaa",
          r.w.name() + " naive: " + num(r.w.gflop() / r.naiveMs * 1e3) + " GFLOP/s, " + num(r.naiveMs) + " ms");
      double ly = y(r.w.limit(), lo, hi, top, plotH);
      s.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#cc0000\" stroke-width=\"2\" "
              + "stroke-dasharray=\"4 2\"><title>limit %s GFLOP/s (%s bound)</title></line>%n",
          x0 + 6, ly, x0 + 68, ly, num(r.w.limit()), r.w.bound()));
      if (!Double.isNaN(r.w.bestAlternative())) {
        // an alternative timed in ms is drawn at the workload's FLOP count over that time
        double alt = r.w.bestAlternativeUnit().equals("ms") ? r.w.gflop() / r.w.bestAlternative() * 1e3
            : r.w.bestAlternative();
        double ay = y(alt, lo, hi, top, plotH);
        s.append(String.format(Locale.ROOT,
            "<path d=\"M %d %.1f l 6 6 l -6 6 l -6 -6 z\" fill=\"#ff9900\"><title>%s: %s GFLOP/s</title></path>%n",
            x0 + 36, ay - 6, esc(r.w.bestAlternativeWho()), num(alt)));
      }
      s.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>"
              + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\" font-size=\"9\">%s</text>"
              + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#3366cc\" font-size=\"10\">%s</text>%n",
          x0 + 38, top + plotH + 16, esc(r.w.name()), x0 + 38, top + plotH + 29, esc(r.w.spec()),
          x0 + 38, top + plotH + 43, Double.isNaN(r.ms) ? "no result" : pct(r.limitFraction())));
    }
    int ny = top + plotH + 70;
    for (String n : notes) {
      s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", ny, esc(n)));
      ny += 18;
    }
    s.append(String.format(Locale.ROOT,
        "<text x=\"10\" y=\"%d\" fill=\"#555555\">Median ms over all measured iterations of all forks; GFLOP = "
            + "numpy's optimized-path count; JDK %s.</text>%n", ny + 6, esc(System.getProperty("java.version"))));
    return s.append("</svg>\n").toString();
  }

  private static void bar(StringBuilder s, int x, int w, double v, double lo, double hi, int top, int plotH,
      String fill, String title) {
    if (Double.isNaN(v) || v <= 0) {
      return;
    }
    double y = y(v, lo, hi, top, plotH);
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>%n",
        x, y, w, top + plotH - y, fill, esc(title)));
  }

  private static double y(double v, double lo, double hi, int top, int plotH) {
    double l = Math.max(lo, Math.min(hi, Math.log10(v)));
    return top + plotH - (l - lo) / (hi - lo) * plotH;
  }

  private static String pct(double f) {
    if (Double.isNaN(f)) {
      return "-";
    }
    return String.format(Locale.ROOT, 100 * f >= 0.1 ? "%.1f%%" : "%.2g%%", 100 * f);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
