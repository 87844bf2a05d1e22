package io.cognitoanalyzer.ddl;

import io.cognitoanalyzer.report.Report;
import io.cognitoanalyzer.table.Columns;
import io.cognitoanalyzer.table.TableSchemas;
import java.util.Arrays;
import java.util.List;

/**
 * The tables the DDL describes, built from the schema constants the job writes with so that the
 * two cannot drift. A new output (a report's Parquet folder, say) is one more entry.
 */
public final class TableDefinitions {
  private TableDefinitions() {}

  /** The tables under an ingest's {@code --table} root. */
  public static final List<TableDefinition> INGESTED =
      List.of(
          TableDefinition.partitioned(
              TableSchemas.USER_ACTIVITY_TABLE, TableSchemas.USER_ACTIVITY, TableSchemas.ACTIVITY_PARTITIONING),
          TableDefinition.partitioned(
              TableSchemas.USER_NOTIFICATION_TABLE, TableSchemas.USER_NOTIFICATION, TableSchemas.ACTIVITY_PARTITIONING),
          TableDefinition.partitioned(
              TableSchemas.QUARANTINE_TABLE, TableSchemas.QUARANTINE, List.of(Columns.INGEST_RUN)));

  /** The reports under a report run's {@code --out} root, one unpartitioned table each. */
  public static final List<TableDefinition> REPORTS =
      Arrays.stream(Report.values()).map(r -> TableDefinition.unpartitioned(r.reportName(), r.schema())).toList();
}
