package io.boto4j.s3;

import io.boto4j.core.plugin.ClientOption;

import java.util.Set;

/**
 * The S3 plugin's client options: set them in code with
 * {@code ClientConfig.builder().option(S3Options.ADDRESSING_STYLE, "path")}, or in the shared
 * config file's {@code s3} block, as the AWS CLI and botocore read them.
 */
public final class S3Options {
    /**
     * {@code s3.addressing_style}: {@code auto} (virtual-hosted where the bucket name allows),
     * {@code virtual} or {@code path}.
     */
    public static final ClientOption<String> ADDRESSING_STYLE = ClientOption
            .oneOf("s3.addressing_style", Set.of("auto", "virtual", "path"))
            .configKey("s3.addressing_style")
            .defaultValue("auto")
            .build();

    private S3Options() {
    }
}
