/** Jackson deserializers of the Shared Outcomes JSON format. */
@NullMarked
package org.sharedoutcomes.json.deser;

import org.jspecify.annotations.NullMarked;
