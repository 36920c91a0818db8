/**
 * Service models as botocore reads them: a {@link io.boto4j.core.model.ServiceModel} of {@link
 * io.boto4j.core.model.OperationModel}s over {@link io.boto4j.core.model.Shape}s, read-only and
 * shared by every client of the service.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.model;
