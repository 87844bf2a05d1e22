package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectLister;
import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import io.cognitoanalyzer.spark.JobProgress;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.rdd.ShuffledRDD;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import scala.reflect.ClassTag$;

/**
 * The ingest run: list, decode, fold, write the three tables, write the manifest. Archive bytes
 * are read in {@link EncodeActivity} and {@link DecodeObjects}, activity files written in {@link
 * WinnerFiles}; the fold itself ({@link ActivityFold}) and the notifications' ({@link FinalState})
 * do no I/O.
 *
 * <p>Plan: objects are decoded in size-balanced bins. The first pass decodes every object once
 * into compact activity records ({@link ActivityRecord}), shuffles them once by (pool, event id)
 * and folds each partition in memory ({@link ActivityFold}); each fold task writes its winners
 * straight to Parquet in a staging directory ({@link WinnerFiles}), and the driver then replaces
 * exactly the partitions written ({@link PartitionCommit}), as Spark's dynamic partition overwrite
 * does. Every object reports, through an accumulator, its bytes, records and how
 * many notifications and rejections it yielded. The second pass re-reads only the objects that
 * yielded any of those (usually few) and writes user_notification and the quarantine.
 */
public final class IngestJob {
  /** Input bytes per decode task; gzip JSON expands about tenfold, so ~300 MB of text a task. */
  static final long BYTES_PER_BIN = 32L << 20;

  private final SparkSession spark;
  private final Clock clock;
  private final Consumer<String> lines;

  public IngestJob(SparkSession spark, Consumer<String> progress, Clock clock) {
    this.spark = spark;
    this.clock = clock;
    this.lines = progress;
  }

  /** A new run id: UTC start time and a random suffix, so that runs sort by time and never clash. */
  public static String newRunId(Instant now) {
    String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC).format(now);
    return time + "-" + String.format(Locale.ROOT, "%08x", new java.security.SecureRandom().nextInt());
  }

  public RunManifest run(IngestConfig config) throws IOException {
    Instant started = clock.instant();
    String runId = newRunId(started);
    JobProgress progress = new JobProgress(spark, this.lines);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    ObjectLister.Listing listing = ObjectLister.list(conf, config.inputs(), config.window());
    progress.stage("listed %,d objects (%,d bytes); skipped %,d markers and %,d outside the window", listing.objects().size(), listing.bytes(), listing.markersSkipped(), listing.outsideWindow());
    Path table = new Path(config.table());
    try {
      // Pass 1: every object; activity rows are folded and written, objects are accounted for.
      progress.describe("ingest: decode %,d objects, fold and write user_activity", listing.objects().size());
      CollectionAccumulator<EncodeActivity.Summary> summaries = spark.sparkContext().collectionAccumulator("object_summaries");
      Path activityTable = new Path(table, TableSchemas.USER_ACTIVITY_TABLE);
      Path staging = new Path(activityTable, ".staging-" + runId);
      List<FoldAndWrite.Result> folds;
      List<String> activityPartitions;
      try {
        folds = foldAndWrite(listing.objects(), shufflePartitions(listing), summaries, writeSettings(config, staging, runId));
        List<WinnerFiles.WrittenFile> files = folds.stream().flatMap(f -> f.files().stream()).toList();
        activityPartitions = PartitionCommit.replacePartitions(conf, activityTable, staging, files);
      } finally {
        PartitionCommit.clean(conf, staging);
      }
      Map<String, Object> in = inputMetrics(summaries.value());
      long activityRows = folds.stream().mapToLong(FoldAndWrite.Result::rowsWritten).sum();
      long activityRowRecords = folds.stream().mapToLong(FoldAndWrite.Result::recordsWritten).sum();
      progress.stage("decoded %,d objects; wrote %,d user_activity rows", listing.objects().size(), activityRows);

      // Pass 2: only the objects that yielded notifications or rejections, usually few.
      Set<String> withSideOutputs = new HashSet<>(strings(in.get(SIDE_OBJECTS)));
      List<ArchiveObject> sideObjects = listing.objects().stream().filter(o -> withSideOutputs.contains(o.uri())).toList();
      SideOutputs sides = writeSideOutputs(sideObjects, table, runId, config, progress);
      long quarantined = sides.quarantined();
      long quarantinedObjects = sides.quarantinedObjects();
      long notificationRecords = sides.notificationRecords();
      long distinctNotifications = sides.distinctNotifications();
      long notificationRows = sides.notificationRows();
      TreeMap<String, Long> byReason = sides.byReason();
      List<String> partitions = new ArrayList<>();
      partitions.addAll(prefixed(TableSchemas.USER_ACTIVITY_TABLE, activityPartitions));
      partitions.addAll(prefixed(TableSchemas.USER_NOTIFICATION_TABLE, sides.notificationPartitions()));
      partitions.sort(null);
      Map<String, Long> rowsWritten = new LinkedHashMap<>();
      rowsWritten.put(TableSchemas.USER_ACTIVITY_TABLE, activityRows);
      rowsWritten.put(TableSchemas.USER_NOTIFICATION_TABLE, notificationRows);
      rowsWritten.put(TableSchemas.QUARANTINE_TABLE, quarantined);
      TreeMap<String, RunManifest.Layout> perLayout = perLayout(in);
      long activityRecords = folds.stream().mapToLong(FoldAndWrite.Result::records).sum();
      long exactDuplicates = folds.stream().mapToLong(FoldAndWrite.Result::exactDuplicates).sum();
      long eventCount = folds.stream().mapToLong(FoldAndWrite.Result::events).sum();
      RunManifest manifest =
          new RunManifest(
              runId,
              started.toString(),
              clock.instant().toString(),
              ToolVersion.get(),
              spark.version(),
              config.inputs(),
              config.table(),
              config.window().from() == null ? null : config.window().from().toString(),
              config.window().to() == null ? null : config.window().to().toString(),
              config.pools().stream().sorted().toList(),
              new RunManifest.Inputs(
                  perLayout.values().stream().mapToLong(RunManifest.Layout::objects).sum(),
                  perLayout.values().stream().mapToLong(RunManifest.Layout::bytes).sum(),
                  listing.markersSkipped(),
                  listing.outsideWindow(),
                  perLayout),
              perLayout.values().stream().mapToLong(RunManifest.Layout::records).sum(),
              activityRecords,
              notificationRecords,
              quarantined - quarantinedObjects,
              quarantinedObjects,
              exactDuplicates,
              activityRecords - eventCount - exactDuplicates,
              notificationRecords - distinctNotifications,
              (Long) in.get(CONTROL_MESSAGES),
              eventCount - activityRows,
              activityRecords - activityRowRecords,
              distinctNotifications - notificationRows,
              rowsWritten,
              byReason,
              partitions);
      Path manifestPath = manifest.write(conf);
      progress.stage("wrote manifest %s", manifestPath);
      return manifest;
    } finally {
      progress.done();
    }
  }

  /** What pass 2 wrote, for the manifest. */
  private record SideOutputs(
      TreeMap<String, Long> byReason,
      long quarantinedObjects,
      long notificationRecords,
      long distinctNotifications,
      long notificationRows,
      List<String> notificationPartitions) {
    long quarantined() {
      return byReason.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Pass 2: decodes again the objects that yielded notifications or rejections, writes the run's
   * quarantine and user_notification. With no such object (a clean archive) only the run's empty
   * quarantine is written, without a Spark query.
   */
  private SideOutputs writeSideOutputs(List<ArchiveObject> sideObjects, Path table, String runId, IngestConfig config, JobProgress progress)
      throws IOException {
    if (sideObjects.isEmpty()) {
      progress.describe("ingest: write quarantine");
      TableWriter.writeEmptyQuarantine(spark.sparkContext().hadoopConfiguration(), table, runId, spark.version());
      progress.stage("re-read 0 objects; quarantined 0 records and objects");
      return new SideOutputs(new TreeMap<>(), 0, 0, 0, 0, List.of());
    }
    progress.describe("ingest: decode %,d objects again for notifications and quarantine", sideObjects.size());
    Dataset<Row> side = decode(sideObjects).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> quarantine = side.where(col(KIND).equalTo(DecodedSchema.KIND_QUARANTINE));
      TreeMap<String, Long> byReason = new TreeMap<>();
      long quarantinedObjects = 0;
      for (Row r : quarantine.groupBy(col(REASON), col(RECORD_OFFSET).isNull()).count().collectAsList()) {
        byReason.merge(r.getString(0), r.getLong(2), Long::sum);
        if (r.getBoolean(1)) {
          quarantinedObjects += r.getLong(2);
        }
      }
      progress.describe("ingest: write quarantine");
      TableWriter.writeQuarantine(quarantine, table, runId);
      progress.stage(
          "re-read %,d objects; quarantined %,d records and objects", sideObjects.size(), byReason.values().stream().mapToLong(Long::longValue).sum());

      progress.describe("ingest: fold and write user_notification");
      Dataset<Row> notifications = side.where(col(KIND).equalTo(DecodedSchema.KIND_NOTIFICATION));
      Observation notificationStats = new Observation("notifications");
      Observation notificationOut = new Observation("notifications_out");
      Dataset<Row> keptNotifications =
          inFilter(FinalState.distinctNotifications(notifications).observe(notificationStats, count(lit(1)).as("distinct")), config)
              .observe(notificationOut, count(lit(1)).as("rows"), collect_set(partitionName()).as("partitions"));
      long notificationRecords = notifications.count();
      TableWriter.writePartitioned(keptNotifications.select(columns(TableSchemas.USER_NOTIFICATION)), new Path(table, TableSchemas.USER_NOTIFICATION_TABLE));
      long distinctNotifications = (Long) metrics(notificationStats).get("distinct");
      Map<String, Object> out = metrics(notificationOut);
      long notificationRows = (Long) out.get("rows");
      progress.stage("wrote %,d user_notification rows", notificationRows);
      return new SideOutputs(byReason, quarantinedObjects, notificationRecords, distinctNotifications, notificationRows, strings(out.get("partitions")));
    } finally {
      side.unpersist();
    }
  }

  private static final String SIDE_OBJECTS = "side_objects";
  private static final String CONTROL_MESSAGES = "control_messages";

  /** Formats an object summary can name: the five layouts, or unknown when nothing decoded. */
  private static List<String> summaryFormats() {
    List<String> formats = new ArrayList<>();
    for (io.cognitoanalyzer.archive.SourceFormat f : io.cognitoanalyzer.archive.SourceFormat.values()) {
      formats.add(f.wireName());
    }
    formats.add(io.cognitoanalyzer.archive.ObjectSummary.UNKNOWN_FORMAT);
    return formats;
  }

  /**
   * The per-object accounting: objects, bytes and records per layout, control messages, and the
   * objects that yielded side outputs. An object counts once even if a retried task reported it
   * twice.
   */
  private static Map<String, Object> inputMetrics(List<EncodeActivity.Summary> reported) {
    Map<String, EncodeActivity.Summary> byObject = new TreeMap<>();
    for (EncodeActivity.Summary s : reported) {
      byObject.put(s.sourceObject(), s);
    }
    Map<String, Object> metrics = new java.util.HashMap<>();
    for (String format : summaryFormats()) {
      metrics.put(format + ".objects", 0L);
      metrics.put(format + ".bytes", 0L);
      metrics.put(format + ".records", 0L);
    }
    long controlMessages = 0;
    List<String> sideObjects = new ArrayList<>();
    for (EncodeActivity.Summary s : byObject.values()) {
      metrics.merge(s.sourceFormat() + ".objects", 1L, (a, b) -> (Long) a + (Long) b);
      metrics.merge(s.sourceFormat() + ".bytes", s.bytes(), (a, b) -> (Long) a + (Long) b);
      metrics.merge(s.sourceFormat() + ".records", s.records(), (a, b) -> (Long) a + (Long) b);
      controlMessages += s.controlMessages();
      if (s.sideOutputs() > 0) {
        sideObjects.add(s.sourceObject());
      }
    }
    metrics.put(CONTROL_MESSAGES, controlMessages);
    metrics.put(SIDE_OBJECTS, sideObjects);
    return metrics;
  }

  private static TreeMap<String, RunManifest.Layout> perLayout(Map<String, Object> in) {
    TreeMap<String, RunManifest.Layout> perLayout = new TreeMap<>();
    for (String format : summaryFormats()) {
      long objects = (Long) in.get(format + ".objects");
      if (objects > 0) {
        perLayout.put(format, new RunManifest.Layout(objects, (Long) in.get(format + ".bytes"), (Long) in.get(format + ".records")));
      }
    }
    return perLayout;
  }

  /** Input bytes per fold partition; few partitions mean few files per table partition. */
  static final long BYTES_PER_SHUFFLE_PARTITION = 128L << 20;

  /**
   * Fold partitions: enough to keep each fold's winners small, rounded up to whole waves of tasks
   * so that no core idles while one last task runs alone (3 partitions on 2 cores take 2 waves).
   */
  private int shufflePartitions(ObjectLister.Listing listing) {
    long parallelism = spark.sparkContext().defaultParallelism();
    long wanted = listing.bytes() / BYTES_PER_SHUFFLE_PARTITION + 1;
    long waves = (wanted + parallelism - 1) / parallelism;
    return (int) Math.min(waves * parallelism, 10_000);
  }

  /**
   * Pass 1: decodes every object into compact activity records, shuffles them by (pool, event
   * id) with Kryo (byte arrays, so serialization is a copy), folds each partition in memory and
   * writes its winners to the staging directory. Returns each fold task's result.
   */
  private List<FoldAndWrite.Result> foldAndWrite(
      List<ArchiveObject> objects, int partitions, CollectionAccumulator<EncodeActivity.Summary> summaries, WinnerFiles.Settings settings) {
    Broadcast<ObjectIndex> index = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ObjectIndex.of(objects.stream().map(ArchiveObject::uri).toList()));
    JavaPairRDD<Integer, byte[]> records =
        bins(objects).flatMapToPair(new EncodeActivity(new HadoopConf(spark.sparkContext().hadoopConfiguration()), index, partitions, summaries));
    ShuffledRDD<Integer, byte[], byte[]> shuffled =
        new ShuffledRDD<>(records.rdd(), new FoldPartitioner(partitions), ClassTag$.MODULE$.apply(Integer.class), ClassTag$.MODULE$.apply(byte[].class), ClassTag$.MODULE$.apply(byte[].class));
    // (Integer, byte[]) pairs share nothing, so Kryo need not track references: that bookkeeping is
    // reset for every record and showed in profiles (IdentityObjectIntMap.clear).
    shuffled.setSerializer(new KryoSerializer(spark.sparkContext().getConf().clone().set("spark.kryo.referenceTracking", "false")));
    try {
      return shuffled.toJavaRDD().mapPartitionsWithIndex(new FoldAndWrite(settings, index), false).collect();
    } finally {
      index.destroy();
      // In local mode the fold ran in this JVM: the next run may be a while away.
      SlabPool.clear();
    }
  }

  /** How the fold tasks write: the session's Parquet codec, the run's scope and staging directory. */
  private WinnerFiles.Settings writeSettings(IngestConfig config, Path staging, String runId) {
    String codec = spark.conf().get("spark.sql.parquet.compression.codec", "snappy");
    return new WinnerFiles.Settings(
        new HadoopConf(spark.sparkContext().hadoopConfiguration()),
        staging.toString(),
        runId,
        WinnerFiles.codec(codec),
        spark.version(),
        config.window(),
        new TreeSet<>(config.pools()));
  }

  private JavaRDD<List<ArchiveObject>> bins(List<ArchiveObject> objects) {
    long bytes = objects.stream().mapToLong(ArchiveObject::size).sum();
    int parallelism = spark.sparkContext().defaultParallelism();
    int bins = (int) Math.max(2L * parallelism, Math.min(100_000L, bytes / BYTES_PER_BIN + 1));
    List<List<ArchiveObject>> balanced = ObjectLister.balance(objects, bins);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return jsc.parallelize(balanced, Math.max(1, balanced.size()));
  }

  private Dataset<Row> decode(List<ArchiveObject> objects) {
    JavaRDD<Row> rows = bins(objects).flatMap(new DecodeObjects(new HadoopConf(spark.sparkContext().hadoopConfiguration())));
    return spark.createDataFrame(rows, DecodedSchema.SCHEMA);
  }

  /** Keeps the rows whose pool and event date pass --pools and --from/--to. */
  static Dataset<Row> inFilter(Dataset<Row> rows, IngestConfig config) {
    Dataset<Row> out = rows;
    DateWindow window = config.window();
    if (window.from() != null) {
      out = out.where(col(EVENT_DATE).geq(lit(window.from())));
    }
    if (window.to() != null) {
      out = out.where(col(EVENT_DATE).leq(lit(window.to())));
    }
    if (!config.pools().isEmpty()) {
      out = out.where(col(USER_POOL_ID).isin(config.pools().stream().sorted().toArray()));
    }
    return out;
  }

  private static Column partitionName() {
    return concat_ws("/", concat_ws("=", lit(USER_POOL_ID), col(USER_POOL_ID)), concat_ws("=", lit(EVENT_DATE), date_format(col(EVENT_DATE), "yyyy-MM-dd")));
  }

  static Column[] columns(org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static List<String> prefixed(String tableName, Object partitions) {
    return strings(partitions).stream().map(p -> tableName + "/" + p).toList();
  }

  /** An observed array, as Java strings. */
  @SuppressWarnings("unchecked")
  private static List<String> strings(Object observedArray) {
    Iterable<Object> values = observedArray instanceof Iterable<?> it ? (Iterable<Object>) it : scalaSeq(observedArray);
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  /** Observation results hold Scala collections for arrays; read them through their Java view. */
  private static Iterable<Object> scalaSeq(Object seq) {
    List<Object> out = new ArrayList<>();
    if (seq instanceof Row row) {
      for (int i = 0; i < row.size(); i++) {
        out.add(row.get(i));
      }
      return out;
    }
    Row wrapper = org.apache.spark.sql.RowFactory.create(seq);
    out.addAll(wrapper.getList(0));
    return out;
  }

  /** The observed metrics of an action that has finished. */
  private static Map<String, Object> metrics(Observation observation) {
    try {
      return observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading metrics " + observation.name(), e);
    }
  }


}
