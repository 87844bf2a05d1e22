package io.cognitoanalyzer.report;

import java.util.List;

/**
 * The markup of index.html: one self-contained file with inline CSS and inline SVG charts and no
 * script, so it works offline, from S3 and as an e-mail attachment. Every text that comes from
 * data is escaped here.
 */
final class HtmlPage {
  private HtmlPage() {}

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1000px;padding:16px 24px;color:#222}
      h1{font-size:1.5em;margin-bottom:0}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
      .scope{color:#555;margin-top:4px}.def{color:#555;font-size:.9em}
      table{border-collapse:collapse;font-size:.85em;margin:8px 0}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
      th{background:#f2f2f2}.note{color:#666;font-size:.85em}
      figure{margin:8px 0}svg{max-width:100%;height:auto}
      nav a{margin-right:12px}
      """;

  static String render(String title, String scope, HtmlTable headline, List<HtmlSection> sections) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"scope\">").append(escape(scope)).append("</p>\n<nav>");
    html.append("<a href=\"#pools\">Pools</a>");
    for (HtmlSection section : sections) {
      html.append("<a href=\"#").append(escape(section.id())).append("\">").append(escape(section.title())).append("</a>");
    }
    html.append("</nav>\n<h2 id=\"pools\">Headline figures per pool</h2>\n");
    table(html, headline);
    for (HtmlSection section : sections) {
      html.append("<section id=\"").append(escape(section.id())).append("\">\n<h2>").append(escape(section.title())).append("</h2>\n")
          .append("<p class=\"def\">").append(escape(section.description())).append("</p>\n")
          .append("<figure class=\"chart\">").append(section.svg()).append("</figure>\n");
      table(html, section.table());
      html.append("</section>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void table(StringBuilder html, HtmlTable table) {
    html.append("<table>\n<thead><tr>");
    for (String column : table.columns()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (String cell : row) {
        html.append(numeric(cell) ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (table.note() != null) {
      html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
    }
  }

  private static boolean numeric(String cell) {
    return cell != null && cell.matches("-?[0-9][0-9,]*(\\.[0-9]+)?( %)?");
  }

  /** Escapes text for element content and double-quoted attributes. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
