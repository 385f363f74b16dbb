/**
 * Reading IATI activity XML into Shared Outcomes models.
 *
 * <p>{@link org.sharedoutcomes.iati.IatiReader} streams {@link org.sharedoutcomes.iati.IatiActivity}
 * values from a file or reads a whole file (or several, through
 * {@link org.sharedoutcomes.iati.IatiImport}) into an {@link org.sharedoutcomes.iati.IatiResult}:
 * the model and a {@link org.sharedoutcomes.iati.LossReport}. The code lists are in
 * {@link org.sharedoutcomes.iati.IatiCodes}.
 */
@NullMarked
package org.sharedoutcomes.iati;

import org.jspecify.annotations.NullMarked;
