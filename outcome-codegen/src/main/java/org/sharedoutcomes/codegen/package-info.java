/**
 * Build-time code generation for outcome-core, never deployed: {@link
 * org.sharedoutcomes.codegen.RuleCodeProcessor} writes the {@code FindingCode} enum from the
 * rule classes' {@code @RuleCode} annotations, and {@link org.sharedoutcomes.codegen.RuleTable}
 * is the README's table of checks that {@code ./api-update} writes and the tests compare.
 */
package org.sharedoutcomes.codegen;
