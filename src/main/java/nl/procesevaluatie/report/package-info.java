/**
 * The evaluation report: report.html (and report.pdf) with the ten sections of outputs.md, drawn only
 * from the rows of indicators.csv.
 *
 * <p>{@link nl.procesevaluatie.report.ReportWriter} is the entry point. Section builders ({@code *Section})
 * turn rows into a small view model ({@code Model}: sections of paragraphs, key figures, charts and
 * tables); {@code Fmt} writes every figure from the row's exact value and hides suppressed ones;
 * {@code Charts} draws with XChart and {@code ChartSvg} writes the SVG by {@code SvgCleaner}'s rules, safe
 * to inline; the Thymeleaf template {@code report/report.html} escapes every text; {@code PdfRenderer}
 * prints the same page.
 * Fixed texts are in {@code report/messages_nl.properties} and {@code messages_en.properties}.
 */
package nl.procesevaluatie.report;
