/**
 * How each contender's client is built for the benchmarks, configured alike: region us-east-1,
 * static credentials, standard retries, each SDK's default checksum behaviour, no config files.
 */
package io.boto4j.bench.clients;
