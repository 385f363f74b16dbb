/**
 * Who may see which indicator data: the visibility rule of indicator {@link
 * org.sharedoutcomes.core.Sensitivity} and {@link org.sharedoutcomes.core.DataSharingAgreement}s,
 * in one place so that every writer, report and example applies the same rule.
 *
 * <p>Start with {@link org.sharedoutcomes.core.access.DataAccess#of(org.sharedoutcomes.core.OutcomeModel)}.
 */
@NullMarked
package org.sharedoutcomes.core.access;

import org.jspecify.annotations.NullMarked;
