/**
 * Secure XML reading and writing for the query, ec2 and rest-xml protocols.
 *
 * <p><b>Tier: internal.</b> Exported only to the S3 plugin; no stability promise, the SDK's
 * modules are released together.
 */
package io.boto4j.core.protocol.xml;
