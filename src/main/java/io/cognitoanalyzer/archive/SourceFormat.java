package io.cognitoanalyzer.archive;

import java.util.Locale;

/** The five layouts AWS writes Cognito logs in. The wire name is what {@code source_format} holds. */
public enum SourceFormat {
  /** Cognito's own delivery to S3: gzip NDJSON under AWSLogs/.../AWSCognitoServiceLogs/. */
  VENDED_S3,
  /** Firehose delivery: records back to back, gzip or plain. */
  FIREHOSE,
  /** CloudWatch Logs export task: gzip text lines "ISO-timestamp JSON". */
  CWL_EXPORT,
  /** CloudWatch Logs subscription through Firehose: gzip members holding envelopes. */
  CWL_SUBSCRIPTION,
  /** AdminListUserAuthEvents response pages, PascalCase. */
  API_DUMP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
