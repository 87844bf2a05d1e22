package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognitoanalyzer.testing.TableRows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The page stays small and readable with thousands of pools and IPs over two years. */
class ReportPageScaleTest {
  static final int POOLS = 3_000;
  static final int IPS = 5_000;

  @Test
  void tablesAreCappedAndThePageStaysSmall() {
    TableRows activity = TableRows.activity();
    Instant start = Instant.parse("2024-01-01T12:00:00Z");
    for (int p = 0; p < POOLS; p++) {
      String pool = String.format(java.util.Locale.ROOT, "us-east-1_P%05d", p);
      for (int e = 0; e < 2; e++) {
        activity.row(pool, start.plus((p * 7L + e * 300) % 730, ChronoUnit.DAYS).toString())
            .set(EVENT_TYPE, "SignIn").set(EVENT_RESPONSE, e == 0 ? "Fail" : "Pass").set(RISK_DECISION, "NoRisk")
            .set(USER_SUB, "u" + p).set(DEVICE_OS, "OS" + (p % 40)).set(DEVICE_BROWSER, "Browser").set(COUNTRY, "Country " + (p % 90));
      }
    }
    for (int ip = 0; ip < IPS; ip++) {
      activity.row("us-east-1_Busy", start.plus(ip % 700, ChronoUnit.DAYS).toString())
          .set(EVENT_TYPE, "SignIn").set(EVENT_RESPONSE, "Fail").set(IP_ADDRESS, "10.0." + (ip / 250) + "." + (ip % 250));
    }
    Dataset<Row> rows = activity.toDataset().cache();
    ReportInputs inputs = new ReportInputs(rows, TableRows.notifications().toDataset());
    Map<Report, Dataset<Row>> reports = new EnumMap<>(Report.class);
    for (Report report : Report.values()) {
      reports.put(report, report.compute(inputs).cache());
    }

    String html = ReportPage.build(reports, rows, "scale", "scope");

    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(400_000);
    String pools = html.substring(html.indexOf("id=\"pools\""), html.indexOf("<section"));
    assertThat(pools.split("<tr>", -1)).hasSize(1 + 1 + ReportPage.MAX_POOLS); // text before, header, rows
    assertThat(pools).contains("The 50 pools with the most events of 3,001; all are in pool_summary.csv.");
    assertThat(html).contains("per month").doesNotContain("10.0.19.249");
    // Two years drawn per month: 24 periods, so the table behind the chart stays a screenful.
    String decisions = html.substring(html.indexOf("id=\"risk_decisions\""), html.indexOf("</section>", html.indexOf("id=\"risk_decisions\"")));
    assertThat(decisions.split("<tr>", -1)).hasSize(1 + 1 + 24);
    assertThat(reports.get(Report.TOP_FAILING_IPS).count()).isEqualTo(ReportDefinitions.TOP_N);
  }
}
