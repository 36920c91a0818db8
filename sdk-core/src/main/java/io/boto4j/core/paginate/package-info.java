/**
 * Paginators: {@code paginators-1.json} definitions ({@link io.boto4j.core.paginate.PaginatorModel})
 * and a transport-neutral engine with botocore's semantics ({@link io.boto4j.core.paginate.Paginator},
 * {@link io.boto4j.core.paginate.PageIterator}): pages are pulled one at a time as
 * {@code CompletionStage}s, so the Vert.x layer can expose them as a ReadStream and the blocking
 * layer as an Iterator. Resume tokens are interchangeable with botocore's.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.paginate;
