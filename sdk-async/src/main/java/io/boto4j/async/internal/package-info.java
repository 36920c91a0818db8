/** Helpers of the Vert.x client API: JSON values, typed views. Not exported. */
package io.boto4j.async.internal;
