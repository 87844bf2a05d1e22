package io.cognitoanalyzer.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the reports read: user_activity and user_notification rows, already limited to the run's
 * dates and pools.
 */
public record ReportInputs(Dataset<Row> activity, Dataset<Row> notifications) {}
