package io.cognitoanalyzer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spark.hadoop.fs.s3a.secret.key",
        "spark.hadoop.fs.s3a.access.key",
        "spark.hadoop.fs.s3a.session.token",
        "spark.hadoop.fs.s3a.bucket.my-lake.secret.key",
        "spark.hadoop.fs.s3a.encryption.key.SECRET",
        "spark.jdbc.Password",
        "spark.hadoop.fs.azure.account.key.x.ACCESS_KEY",
        "spark.hadoop.fs.s3a.aws.credentials.provider",
        "spark.myteam.Credential",
        "spark.hadoop.fs.gs.auth.accesskey"
      })
  void secretKeysAreRedacted(String key) {
    assertThat(Secrets.isSecretKey(key)).isTrue();
    assertThat(Secrets.redact(key, "SEKRET")).isEqualTo("*****(redacted)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark.hadoop.fs.s3a.endpoint", "spark.sql.shuffle.partitions", "spark.master", "spark.hadoop.fs.s3a.endpoint.region"})
  void otherKeysKeepTheirValue(String key) {
    assertThat(Secrets.isSecretKey(key)).isFalse();
    assertThat(Secrets.redact(key, "value-1")).isEqualTo("value-1");
  }

  @Test
  void redactedSortsAndRedactsOnlySecrets() {
    assertThat(Secrets.redacted(Map.of("b.token", "T", "a.endpoint", "E")))
        .containsExactly(Map.entry("a.endpoint", "E"), Map.entry("b.token", "*****(redacted)"));
  }

  @Test
  void sparkRegexCoversOursAndWhatWasConfigured() {
    Pattern combined = Pattern.compile(Secrets.sparkRedactionRegex("(?i)my[.]private"));
    assertThat(combined.matcher("spark.my.private").find()).isTrue();
    assertThat(combined.matcher("spark.hadoop.fs.s3a.CREDENTIALS.provider").find()).isTrue();
    assertThat(combined.matcher("spark.sql.shuffle.partitions").find()).isFalse();
    assertThat(Secrets.sparkRedactionRegex(null)).isEqualTo(Secrets.KEY_REGEX);
  }

  @Test
  void sparkRedactsWithOurRegexWhereItsDefaultWouldNot() {
    // 'credential' is in our rule but not in Spark's default regex.
    SparkConf defaults = new SparkConf(false).set("spark.myteam.credential", "CRED-1");
    assertThat(defaults.toDebugString()).contains("CRED-1");
    SparkConf ours =
        new SparkConf(false)
            .set(Secrets.SPARK_REDACTION_REGEX, Secrets.sparkRedactionRegex(null))
            .set("spark.myteam.credential", "CRED-1")
            .set("spark.hadoop.fs.s3a.secret.key", "SEKRET-2");
    assertThat(ours.toDebugString()).doesNotContain("CRED-1").doesNotContain("SEKRET-2").contains("spark.myteam.credential");
  }
}
