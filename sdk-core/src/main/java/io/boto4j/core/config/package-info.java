/**
 * Shared configuration: the {@code ~/.aws/config} and {@code ~/.aws/credentials} files read
 * with botocore's rules ({@link io.boto4j.core.config.ProfileFile}), and the resolution of
 * settings with botocore's precedence ({@link io.boto4j.core.config.ConfigResolver}). The
 * environment and home directory are injected ({@link io.boto4j.core.config.ConfigEnvironment}).
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.config;
