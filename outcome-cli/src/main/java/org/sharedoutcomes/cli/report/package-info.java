/**
 * The report: a {@link org.sharedoutcomes.cli.report.ReportDocument} of sections built once
 * from a model ({@link org.sharedoutcomes.cli.report.ReportBuilder}) and written as Markdown
 * ({@link org.sharedoutcomes.cli.report.MarkdownWriter}) or as one self-contained HTML page
 * ({@link org.sharedoutcomes.cli.report.HtmlWriter}) with inline SVG charts
 * ({@link org.sharedoutcomes.cli.report.TrajectoryChart}) and the accountability graph laid
 * out by Eclipse ELK ({@link org.sharedoutcomes.cli.report.GraphDiagram}).
 */
@NullMarked
package org.sharedoutcomes.cli.report;

import org.jspecify.annotations.NullMarked;
