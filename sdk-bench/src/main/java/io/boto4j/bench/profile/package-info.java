/** JMH profilers of our own: CPU time per operation, steadier than the wall clock on a shared machine. */
package io.boto4j.bench.profile;
