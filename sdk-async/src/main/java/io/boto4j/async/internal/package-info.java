/**
 * Helpers of the Vert.x client API: JSON values, typed views, and the pieces of presigned
 * requests (downloads to files that land whole or not at all, small answers read in bounded
 * memory). Not exported.
 */
package io.boto4j.async.internal;
