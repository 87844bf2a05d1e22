package io.cognitoanalyzer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts with JFreeChart into inline SVG (JFreeSVG), so the page needs no script and no
 * network. Every axis formats numbers and dates with {@link Locale#ROOT} in UTC: JFreeChart would
 * otherwise use the host's locale and zone.
 */
final class Charts {
  static final int WIDTH = 880;
  static final int HEIGHT = 340;

  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  static {
    // Charts are drawn on servers without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /** One line per series over UTC days; {@code percent} formats the value axis as a share. */
  static String lines(String id, String title, String valueLabel, Map<String, SortedMap<LocalDate, Double>> series, boolean percent) {
    TimeSeriesCollection data = new TimeSeriesCollection(UTC);
    series.forEach(
        (name, points) -> {
          TimeSeries s = new TimeSeries(name);
          points.forEach((date, value) -> s.add(new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear()), value));
          data.addSeries(s);
        });
    JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, valueLabel, data, true, false, false);
    XYPlot plot = chart.getXYPlot();
    DateAxis dates = (DateAxis) plot.getDomainAxis();
    dates.setTimeZone(UTC);
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
    format.setTimeZone(UTC);
    dates.setDateFormatOverride(format);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setNumberFormatOverride(percent ? NumberFormat.getPercentInstance(Locale.ROOT) : NumberFormat.getIntegerInstance(Locale.ROOT));
    if (percent) {
      values.setRange(0.0, 1.0);
    } else {
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, points(series) <= 120);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    style(chart);
    return svg(chart, id);
  }

  /** Horizontal bars, one per label, in the order given. */
  static String bars(String id, String title, String valueLabel, List<Map.Entry<String, Long>> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach(e -> data.addValue(e.getValue(), valueLabel, e.getKey()));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
    categoryStyle(chart.getCategoryPlot());
    style(chart);
    return svg(chart, id);
  }

  /** Vertical bars per category, stacked by series: {@code values[category][series]}. */
  static String stackedBars(String id, String title, String valueLabel, Map<String, Map<String, Long>> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, bySeries) -> bySeries.forEach((series, value) -> data.addValue(value, series, category)));
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
    categoryStyle(chart.getCategoryPlot());
    style(chart);
    return svg(chart, id);
  }

  private static void categoryStyle(CategoryPlot plot) {
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    CategoryAxis categories = plot.getDomainAxis();
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE_FONT);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(FONT);
    }
    chart.getPlot().setBackgroundPaint(new Color(0xf7f7f7));
    chart.getPlot().setNoDataMessage("No data in the selected dates and pools");
  }

  private static int points(Map<String, SortedMap<LocalDate, Double>> series) {
    return series.values().stream().mapToInt(Map::size).max().orElse(0);
  }

  private static String svg(JFreeChart chart, String id) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return g.getSVGElement(id);
  }
}
