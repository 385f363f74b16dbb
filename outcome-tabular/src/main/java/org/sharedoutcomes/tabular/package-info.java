/**
 * CSV import and export for Shared Outcomes models.
 *
 * <ul>
 *   <li>{@link org.sharedoutcomes.tabular.TableMapping}: which column holds what (a commitment's
 *       id and title, its roles, an indicator's targets and actuals), declared, not coded;
 *   <li>{@link org.sharedoutcomes.tabular.PartyNames}: how party names in cells become agencies
 *       (normalisation and an alias table for typos and variant spellings);
 *   <li>{@link org.sharedoutcomes.tabular.TabularImport}: reads one or more tables row by row
 *       into one model, returning an {@link org.sharedoutcomes.tabular.ImportResult} with every
 *       {@link org.sharedoutcomes.tabular.RowProblem};
 *   <li>{@link org.sharedoutcomes.tabular.OutcomeCsv}: flat tables for researchers, with cells
 *       that a spreadsheet would run as formulas neutralised.
 * </ul>
 */
@NullMarked
package org.sharedoutcomes.tabular;

import org.jspecify.annotations.NullMarked;
