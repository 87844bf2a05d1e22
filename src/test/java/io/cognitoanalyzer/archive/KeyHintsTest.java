package io.cognitoanalyzer.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyHintsTest {

  @Test
  void vendedKeysNameThePoolAndTheDateInTheFileName() {
    KeyHints h =
        KeyHints.of(
            "amazon_cognito/AWSLogs/123456789012/AWSCognitoServiceLogs/eu-central-1/eu-central-1_AbC123/USER_AUTH_EVENTS/123456789012_aws_cognito_service_logs_eu-central-1_eu-central-1_AbC123_userAuthEvents_INFO_S3_07fc3956-72c4-4de4-b7b2-70a6dbe22034_cognito-eu-central-1_AbC123_USER_AUTH_EVENTS_20251216_8c1fea12.log.gz");
    assertThat(h.vended()).isTrue();
    assertThat(h.pool()).isEqualTo("eu-central-1_AbC123");
    assertThat(h.date()).isEqualTo(LocalDate.of(2025, 12, 16));
  }

  @Test
  void firehoseFoldersAndHiveFoldersCarryTheArrivalDate() {
    assertThat(KeyHints.of("amazon_cognito/2026/03/01/23/s-1-2026-03-01-23-59-00-u.gz").date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(KeyHints.of("p/year=2026/month=3/day=2/hour=01/s-1-x").date()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(KeyHints.of("exportedlogs/task/stream/000000.gz").date()).isNull();
  }

  @Test
  void apiDumpKeysNamePoolAndUser() {
    KeyHints h = KeyHints.of("amazon_cognito/api-dumps/us-east-1_Zz9Yy8Xx7/jane.doe/page-0001.json");
    assertThat(h.pool()).isEqualTo("us-east-1_Zz9Yy8Xx7");
    assertThat(h.user()).isEqualTo("jane.doe");
  }

  @Test
  void exportMarkerIsRecognised() {
    assertThat(KeyHints.of("amazon_cognito/exportedlogs/aws-logs-write-test").marker()).isTrue();
    assertThat(KeyHints.of("amazon_cognito/exportedlogs/t/s/000000.gz").marker()).isFalse();
  }
}
