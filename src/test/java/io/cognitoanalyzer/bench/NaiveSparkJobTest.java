package io.cognitoanalyzer.bench;

import static io.cognitoanalyzer.table.Columns.EVENT_DATE;
import static io.cognitoanalyzer.table.Columns.EVENT_ID;
import static io.cognitoanalyzer.table.Columns.EVENT_RESPONSE;
import static io.cognitoanalyzer.table.Columns.USER_POOL_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.sample.NativeBenchArchive;
import io.cognitoanalyzer.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaiveSparkJobTest {

  @Test
  void keepsOneFinalRowPerPoolAndEventId(@TempDir Path dir) throws IOException {
    NativeBenchArchive.write(dir, 3_000, 9);
    SparkSession spark = SharedSpark.get();
    Dataset<Row> raw = NaiveSparkJob.read(spark, dir.toString());

    Dataset<Row> out = NaiveSparkJob.transform(raw);

    long events = raw.select(col("message.userPoolId"), col("message.eventId")).distinct().count();
    assertThat(out.count()).isEqualTo(events).isLessThan(3_000);
    assertThat(out.groupBy(USER_POOL_ID, EVENT_ID).count().agg(max("count")).first().getLong(0)).isEqualTo(1L);
    // Every InProgress record of the bench archive has a final record, which must win.
    assertThat(out.where(col(EVENT_RESPONSE).equalTo("InProgress")).count()).isZero();
    List<Row> dates = out.select(EVENT_DATE).distinct().collectAsList();
    assertThat(dates).isNotEmpty().allSatisfy(r -> assertThat(r.<LocalDate>getAs(0)).isBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(out.columns()).contains(USER_POOL_ID, EVENT_ID, EVENT_DATE, NaiveSparkJob.EVENT_TIMESTAMP, "ip_address");
  }
}
