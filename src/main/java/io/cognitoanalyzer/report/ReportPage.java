package io.cognitoanalyzer.report;

import static io.cognitoanalyzer.table.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builds index.html from the written reports. Only small results reach the driver: the top
 * {@link #MAX_POOLS} pools, at most {@link ChartData#MAX_DAILY_SPAN_DAYS} periods per series, the
 * top {@link ChartData#TOP_BARS} bars. Tables show at most {@link #MAX_PERIODS} periods and say
 * which CSV file holds the rest, so the page stays small with thousands of pools and IPs.
 */
final class ReportPage {
  private ReportPage() {}

  static final int MAX_POOLS = 50;
  static final int MAX_PERIODS = 31;
  static final int MAX_SERIES = 10;
  static final String DASH = "–";

  static String build(Map<Report, Dataset<Row>> reports, Dataset<Row> activity, String title, String scope) {
    boolean monthly = monthly(reports.get(Report.POOL_SUMMARY));
    String per = monthly ? "month" : "day";
    List<HtmlSection> sections = new ArrayList<>();

    sections.add(
        timeSection(
            Report.RISK_DECISIONS.reportName(),
            "Risk decisions over time",
            "Events per " + per + " by Cognito's risk decision, all selected pools together. (none): no risk assessment in the record.",
            ChartData.decisionsOverTime(reports.get(Report.RISK_DECISIONS), monthly),
            "Events",
            false));
    sections.add(
        timeSection(
            Report.FAILURE_RATES.reportName(),
            "Failure rate by event type over time",
            "Fail rows over Pass + Fail rows per " + per + " and event type; InProgress rows are left out of the rate.",
            ChartData.failureRateOverTime(activity, monthly),
            "Failure rate",
            true));
    sections.add(barSection(Report.DEVICES.reportName(), "Top devices", "Events per device OS and browser, the " + ChartData.TOP_BARS + " largest.", ChartData.topDevices(reports.get(Report.DEVICES))));
    sections.add(barSection(Report.GEOGRAPHY.reportName(), "Top countries", "Events per country, the " + ChartData.TOP_BARS + " largest.", ChartData.topCountries(reports.get(Report.GEOGRAPHY))));
    sections.add(deliverySection(ChartData.deliveryErrors(reports.get(Report.NOTIFICATION_FAILURES))));
    return HtmlPage.render(title, scope, headline(reports.get(Report.POOL_SUMMARY)), sections);
  }

  private static boolean monthly(Dataset<Row> poolSummary) {
    Row span = poolSummary.agg(min(FIRST_EVENT_DATE), max(LAST_EVENT_DATE)).first();
    if (span.isNullAt(0) || span.isNullAt(1)) {
      return false;
    }
    return ChronoUnit.DAYS.between(span.<LocalDate>getAs(0), span.<LocalDate>getAs(1)) > ChartData.MAX_DAILY_SPAN_DAYS;
  }

  private static HtmlTable headline(Dataset<Row> poolSummary) {
    long pools = poolSummary.count();
    List<Row> top = poolSummary.orderBy(col(EVENTS).desc(), col(USER_POOL_ID).asc()).limit(MAX_POOLS).collectAsList();
    List<List<String>> rows = new ArrayList<>();
    for (Row r : top) {
      rows.add(
          List.of(
              text(r.getAs(USER_POOL_ID)),
              count(r.getAs(EVENTS)),
              count(r.getAs(USERS)),
              percent(r.getAs(FAILURE_RATE)),
              percent(r.getAs(SHARE_RISKY)),
              count(r.getAs(COMPROMISED_CREDENTIALS)),
              count(r.getAs(DELIVERY_ERRORS)),
              text(r.getAs(FIRST_EVENT_DATE)) + " … " + text(r.getAs(LAST_EVENT_DATE))));
    }
    String note = pools > MAX_POOLS ? String.format(Locale.ROOT, "The %d pools with the most events of %,d; all are in %s.csv.", MAX_POOLS, pools, Report.POOL_SUMMARY.reportName()) : null;
    return new HtmlTable(
        List.of("user pool", "events", "users", "failure rate", "share risky", "compromised credentials", "delivery errors", "dates"),
        rows,
        pools == 0 ? "No events in the selected dates and pools." : note);
  }

  private static HtmlSection timeSection(String id, String title, String description, Dataset<Row> data, String valueLabel, boolean percent) {
    Map<String, SortedMap<LocalDate, Double>> series = new TreeMap<>();
    Map<String, Double> totals = new LinkedHashMap<>();
    for (Row r : data.collectAsList()) {
      if (r.isNullAt(2)) {
        continue; // a rate with no terminal row: nothing to draw
      }
      String name = r.getAs(ChartData.SERIES);
      double value = ((Number) r.getAs(ChartData.VALUE)).doubleValue();
      series.computeIfAbsent(name, k -> new TreeMap<>()).put(r.getAs(ChartData.PERIOD), value);
      totals.merge(name, percent ? ((Number) r.getAs(ChartData.TERMINAL)).doubleValue() : value, Double::sum);
    }
    Map<String, SortedMap<LocalDate, Double>> kept = new LinkedHashMap<>();
    totals.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_SERIES)
        .forEach(e -> kept.put(e.getKey(), series.get(e.getKey())));
    String svg = Charts.lines("chart-" + id, title, valueLabel, kept, percent);

    TreeSet<LocalDate> periods = new TreeSet<>(Comparator.reverseOrder());
    kept.values().forEach(points -> periods.addAll(points.keySet()));
    List<String> columns = new ArrayList<>(List.of("period"));
    columns.addAll(kept.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (LocalDate period : periods.stream().limit(MAX_PERIODS).toList()) {
      List<String> row = new ArrayList<>(List.of(period.toString()));
      for (SortedMap<LocalDate, Double> points : kept.values()) {
        Double v = points.get(period);
        row.add(v == null ? DASH : percent ? percent(v) : count(Math.round(v)));
      }
      rows.add(row);
    }
    String note = "Latest periods first";
    if (periods.size() > MAX_PERIODS) {
      note += String.format(Locale.ROOT, "; %d of %d shown", MAX_PERIODS, periods.size());
    }
    if (series.size() > kept.size()) {
      note += String.format(Locale.ROOT, "; the %d largest of %d series", kept.size(), series.size());
    }
    note += ". Every row is in " + id + ".csv.";
    return new HtmlSection(id, title, description, svg, new HtmlTable(columns, rows, note));
  }

  private static HtmlSection barSection(String id, String title, String description, Dataset<Row> top) {
    List<Map.Entry<String, Long>> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Row r : top.collectAsList()) {
      String label = r.getAs(ChartData.LABEL);
      long events = r.<Long>getAs(ChartData.VALUE);
      bars.add(Map.entry(label, events));
      rows.add(List.of(label, count(events), count(r.getAs(FAILURES))));
    }
    String svg = Charts.bars("chart-" + id, title, "Events", bars);
    return new HtmlSection(id, title, description, svg, new HtmlTable(List.of(id.equals("devices") ? "device" : "country", "events", "failures"), rows, "Per pool figures, with users, failure rates and risky events, are in " + id + ".csv."));
  }

  private static HtmlSection deliverySection(Dataset<Row> data) {
    String id = Report.NOTIFICATION_FAILURES.reportName();
    Map<String, Map<String, Long>> stacked = new TreeMap<>();
    List<Row> collected = data.orderBy(col(ChartData.VALUE).desc(), col(ChartData.LABEL), col(ChartData.SERIES)).collectAsList();
    List<List<String>> rows = new ArrayList<>();
    for (Row r : collected) {
      String channel = r.getAs(ChartData.LABEL);
      String errorClass = r.getAs(ChartData.SERIES);
      long errors = r.<Long>getAs(ChartData.VALUE);
      stacked.computeIfAbsent(channel, k -> new TreeMap<>()).put(errorClass, errors);
      rows.add(List.of(channel, errorClass, count(errors)));
    }
    String svg = Charts.stackedBars("chart-" + id, "Delivery errors by channel", "Errors", stacked);
    return new HtmlSection(
        id,
        "Delivery errors by channel",
        "SMS and e-mail delivery errors Cognito logged, by channel and error class.",
        svg,
        new HtmlTable(List.of("channel", "error class", "errors"), rows, "Per pool and day in " + id + ".csv."));
  }

  private static String text(Object value) {
    return value == null ? DASH : value.toString();
  }

  private static String count(Object value) {
    return value == null ? DASH : String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
  }

  private static String percent(Object value) {
    return value == null ? DASH : String.format(Locale.ROOT, "%.1f %%", ((Number) value).doubleValue() * 100);
  }
}
