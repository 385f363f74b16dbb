/** Jackson serializers of the Shared Outcomes JSON format. */
@NullMarked
package org.sharedoutcomes.json.ser;

import org.jspecify.annotations.NullMarked;
