/** JSON written byte for byte as Python writes it, where botocore compatibility needs it. Not exported. */
package io.boto4j.core.internal.json;
