/**
 * Shared configuration: the {@code ~/.aws/config} and {@code ~/.aws/credentials} files read
 * with botocore's rules ({@link io.boto4j.core.config.ProfileFile}), and the resolution of
 * settings with botocore's precedence ({@link io.boto4j.core.config.ConfigResolver}). The
 * environment and home directory are injected ({@link io.boto4j.core.config.ConfigEnvironment}).
 */
package io.boto4j.core.config;
