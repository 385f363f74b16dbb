/** Reading and writing Shared Outcomes models as JSON, with Jackson 3. */
@NullMarked
package org.sharedoutcomes.json;

import org.jspecify.annotations.NullMarked;
