package io.cognitoanalyzer.report;

/**
 * One report's part of the page: a chart and the table behind it.
 *
 * @param id the HTML anchor, also the report's name
 * @param title heading
 * @param description one sentence on what is counted
 * @param svg the chart as an inline SVG element
 * @param table the figures the chart draws
 */
record HtmlSection(String id, String title, String description, String svg, HtmlTable table) {}
