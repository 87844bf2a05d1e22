package io.cognitoanalyzer.table;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.cognitoanalyzer.archive.ArchiveObject;
import io.cognitoanalyzer.archive.HadoopConf;
import io.cognitoanalyzer.archive.ObjectLister;
import io.cognitoanalyzer.config.DateWindow;
import io.cognitoanalyzer.config.IngestConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest run: list, decode, fold, write the three tables, write the manifest. I/O happens
 * here and in {@link DecodeObjects}; the transforms in between are {@link FinalState}'s.
 *
 * <p>Plan: objects are decoded in size-balanced bins. User-activity rows take one shuffle (the
 * fold's window, partitioned by pool and event id) and are written with dynamic partition
 * overwrite. Notifications, quarantine rows and per-object accounting are a small fraction of the
 * stream; they are kept from a second decode pass, persisted, rather than holding every activity
 * row in memory or on disk.
 */
public final class IngestJob {
  /** Input bytes per decode task; gzip JSON expands about tenfold, so ~300 MB of text a task. */
  static final long BYTES_PER_BIN = 32L << 20;

  private final SparkSession spark;
  private final Consumer<String> progress;
  private final Clock clock;

  public IngestJob(SparkSession spark, Consumer<String> progress, Clock clock) {
    this.spark = spark;
    this.progress = progress;
    this.clock = clock;
  }

  /** A new run id: UTC start time and a random suffix, so that runs sort by time and never clash. */
  public static String newRunId(Instant now) {
    String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC).format(now);
    return time + "-" + String.format(Locale.ROOT, "%08x", new java.security.SecureRandom().nextInt());
  }

  public RunManifest run(IngestConfig config) throws IOException {
    Instant started = clock.instant();
    String runId = newRunId(started);
    long t0 = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    ObjectLister.Listing listing = ObjectLister.list(conf, config.inputs(), config.window());
    stage(t0, "listed %,d objects (%,d bytes); skipped %,d markers and %,d outside the window", listing.objects().size(), listing.bytes(), listing.markersSkipped(), listing.outsideWindow());

    Dataset<Row> decoded = decode(listing);
    Path table = new Path(config.table());

    // Side outputs first: small, persisted, and needed for the accounting.
    describe("ingest: decode %,d objects (notifications, quarantine, accounting)", listing.objects().size());
    Dataset<Row> side = decoded.where(col(KIND).notEqual(DecodedSchema.KIND_ACTIVITY)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      TreeMap<String, RunManifest.Layout> perLayout = new TreeMap<>();
      long controlMessages = 0;
      for (Row r : side.where(col(KIND).equalTo(DecodedSchema.KIND_OBJECT))
          .groupBy(col(SOURCE_FORMAT))
          .agg(count(lit(1)), sum(OBJECT_BYTES), sum(DecodedSchema.OBJECT_RECORDS), sum(DecodedSchema.OBJECT_CONTROL_MESSAGES))
          .collectAsList()) {
        perLayout.put(r.getString(0), new RunManifest.Layout(r.getLong(1), r.getLong(2), r.getLong(3)));
        controlMessages += r.getLong(4);
      }
      stage(t0, "decoded %,d objects", perLayout.values().stream().mapToLong(RunManifest.Layout::objects).sum());

      describe("ingest: write quarantine");
      Dataset<Row> quarantine = side.where(col(KIND).equalTo(DecodedSchema.KIND_QUARANTINE));
      TreeMap<String, Long> byReason = new TreeMap<>();
      long quarantinedObjects = 0;
      for (Row r : quarantine.groupBy(col(REASON), col(RECORD_OFFSET).isNull()).count().collectAsList()) {
        byReason.merge(r.getString(0), r.getLong(2), Long::sum);
        if (r.getBoolean(1)) {
          quarantinedObjects += r.getLong(2);
        }
      }
      long quarantined = byReason.values().stream().mapToLong(Long::longValue).sum();
      TableWriter.writeQuarantine(quarantine, table, runId);
      stage(t0, "quarantined %,d records and objects", quarantined);

      describe("ingest: fold and write user_notification");
      Dataset<Row> notifications = side.where(col(KIND).equalTo(DecodedSchema.KIND_NOTIFICATION));
      Observation notificationStats = new Observation("notifications");
      Dataset<Row> distinct =
          FinalState.distinctNotifications(notifications)
              .observe(notificationStats, count(lit(1)).as("distinct"));
      Observation notificationOut = new Observation("notifications_out");
      Dataset<Row> keptNotifications =
          inFilter(distinct, config)
              .observe(notificationOut, count(lit(1)).as("rows"), collect_set(partitionName()).as("partitions"));
      long notificationRecords = notifications.count();
      TableWriter.writePartitioned(keptNotifications.select(columns(TableSchemas.USER_NOTIFICATION)), new Path(table, TableSchemas.USER_NOTIFICATION_TABLE));
      Map<String, Object> nStats = metrics(notificationStats);
      Map<String, Object> nOut = metrics(notificationOut);
      long distinctNotifications = (Long) nStats.get("distinct");
      long notificationRows = (Long) nOut.get("rows");
      stage(t0, "wrote %,d user_notification rows", notificationRows);

      describe("ingest: fold and write user_activity (%,d objects)", listing.objects().size());
      Observation folded = new Observation("fold");
      Observation written = new Observation("written");
      Dataset<Row> events =
          FinalState.fold(decoded.where(col(KIND).equalTo(DecodedSchema.KIND_ACTIVITY)))
              .observe(
                  folded,
                  count(lit(1)).as("events"),
                  coalesce(sum(RECORD_COUNT), lit(0L)).as("records"),
                  coalesce(sum(FinalState.EXACT_DUPLICATES), lit(0L)).as("duplicates"),
                  coalesce(sum(FinalState.STATES_FOLDED), lit(0L)).as("states"));
      Dataset<Row> kept =
          inFilter(events, config)
              .observe(
                  written,
                  count(lit(1)).as("rows"),
                  coalesce(sum(RECORD_COUNT), lit(0L)).as("records"),
                  collect_set(partitionName()).as("partitions"));
      TableWriter.writePartitioned(kept.select(columns(TableSchemas.USER_ACTIVITY)), new Path(table, TableSchemas.USER_ACTIVITY_TABLE));
      Map<String, Object> f = metrics(folded);
      Map<String, Object> w = metrics(written);
      long activityRows = (Long) w.get("rows");
      stage(t0, "wrote %,d user_activity rows", activityRows);

      List<String> partitions = new ArrayList<>();
      partitions.addAll(prefixed(TableSchemas.USER_ACTIVITY_TABLE, w.get("partitions")));
      partitions.addAll(prefixed(TableSchemas.USER_NOTIFICATION_TABLE, nOut.get("partitions")));
      partitions.sort(null);

      Map<String, Long> rowsWritten = new LinkedHashMap<>();
      rowsWritten.put(TableSchemas.USER_ACTIVITY_TABLE, activityRows);
      rowsWritten.put(TableSchemas.USER_NOTIFICATION_TABLE, notificationRows);
      rowsWritten.put(TableSchemas.QUARANTINE_TABLE, quarantined);
      long activityRecords = (Long) f.get("records");
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
              (Long) f.get("duplicates"),
              (Long) f.get("states"),
              notificationRecords - distinctNotifications,
              controlMessages,
              (Long) f.get("events") - activityRows,
              activityRecords - (Long) w.get("records"),
              distinctNotifications - notificationRows,
              rowsWritten,
              byReason,
              partitions);
      Path manifestPath = manifest.write(conf);
      stage(t0, "wrote manifest %s", manifestPath);
      return manifest;
    } finally {
      side.unpersist();
      spark.sparkContext().setJobDescription(null);
    }
  }

  private Dataset<Row> decode(ObjectLister.Listing listing) {
    long bytes = listing.bytes();
    int parallelism = spark.sparkContext().defaultParallelism();
    int bins = (int) Math.max(2L * parallelism, Math.min(100_000L, bytes / BYTES_PER_BIN + 1));
    List<List<ArchiveObject>> balanced = ObjectLister.balance(listing.objects(), bins);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows =
        jsc.parallelize(balanced, Math.max(1, balanced.size()))
            .flatMap(new DecodeObjects(new HadoopConf(spark.sparkContext().hadoopConfiguration())));
    return DecodedSchema.withExtraFields(spark.createDataFrame(rows, DecodedSchema.SCHEMA));
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

  @SuppressWarnings("unchecked")
  private static List<String> prefixed(String tableName, Object partitions) {
    List<String> out = new ArrayList<>();
    Iterable<Object> values = partitions instanceof Iterable<?> it ? (Iterable<Object>) it : scalaSeq(partitions);
    for (Object p : values) {
      out.add(tableName + "/" + p);
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

  private void describe(String format, Object... args) {
    spark.sparkContext().setJobDescription(String.format(Locale.ROOT, format, args));
  }

  private void stage(long t0, String format, Object... args) {
    progress.accept(String.format(Locale.ROOT, "[%6.1fs] ", (System.nanoTime() - t0) / 1e9) + String.format(Locale.ROOT, format, args));
  }
}
