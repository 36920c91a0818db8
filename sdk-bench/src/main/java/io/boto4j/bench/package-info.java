/**
 * JMH benchmarks of boto4j's blocking and Vert.x layers against the AWS SDK for Java v2, measured
 * in the same run. Run by hand, never by {@code mvn verify}: see the module's README.md.
 */
package io.boto4j.bench;
