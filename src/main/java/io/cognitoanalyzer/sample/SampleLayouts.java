package io.cognitoanalyzer.sample;

import io.cognitoanalyzer.archive.SourceFormat;
import java.util.List;

/** Names of the five archive layouts the sample generator writes, as used in {@link SampleSummary}. */
public final class SampleLayouts {
  private SampleLayouts() {}

  /** Cognito's native delivery to S3 (CloudWatch Logs vended logs, {@code AWSLogs/...}). */
  public static final String VENDED_S3 = SourceFormat.VENDED_S3.wireName();
  /** Cognito to Amazon Data Firehose to S3 ({@code YYYY/MM/dd/HH/} and a Hive-style variant). */
  public static final String FIREHOSE = SourceFormat.FIREHOSE.wireName();
  /** CloudWatch Logs CreateExportTask output ({@code exportedlogs/<task>/<stream>/000000.gz}). */
  public static final String CWL_EXPORT = SourceFormat.CWL_EXPORT.wireName();
  /** CloudWatch Logs subscription filter to Firehose to S3 (concatenated gzip envelopes). */
  public static final String CWL_SUBSCRIPTION = SourceFormat.CWL_SUBSCRIPTION.wireName();
  /** Dumps of the AdminListUserAuthEvents API ({@code api-dumps/<pool>/<user>/page-NNNN.json}). */
  public static final String API_DUMP = SourceFormat.API_DUMP.wireName();

  /** All five, in the order the summary lists them. */
  public static final List<String> ALL =
      List.of(VENDED_S3, FIREHOSE, CWL_EXPORT, CWL_SUBSCRIPTION, API_DUMP);

  /** Leading key segment of every object the sample archive writes (Datadog's "Target prefix"). */
  public static final String ROOT_PREFIX = "amazon_cognito";
}
