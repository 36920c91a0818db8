package io.boto4j.core.internal.hooks;

import io.boto4j.core.checksums.ChecksumMode;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.ConfigSetting;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;

/**
 * The core's own behaviour, contributed the way any plugin contributes: request compression,
 * flexible checksums, endpoint discovery (with its API version header), recursion detection and
 * {@code disable_host_prefix_injection} as hooks, presigning as a custom method of every client.
 * Configured first, with the settings botocore reads for them.
 */
public final class BuiltInPlugin implements ServicePlugin {
    private final boolean noCompression;
    private final int minCompressionSize;
    private final ChecksumMode checksumCalculation;
    private final ChecksumMode checksumValidation;
    private final String discoveryMode;
    private final boolean customEndpoint;
    private final ConfigEnvironment env;
    private final boolean noHostPrefix;

    private BuiltInPlugin(boolean noCompression, int minCompressionSize, ChecksumMode checksumCalculation,
                          ChecksumMode checksumValidation, String discoveryMode, boolean customEndpoint,
                          ConfigEnvironment env, boolean noHostPrefix) {
        this.noCompression = noCompression;
        this.minCompressionSize = minCompressionSize;
        this.checksumCalculation = checksumCalculation;
        this.checksumValidation = checksumValidation;
        this.discoveryMode = discoveryMode;
        this.customEndpoint = customEndpoint;
        this.env = env;
        this.noHostPrefix = noHostPrefix;
    }

    /** The built-ins for a client, each setting from code, else the environment and config file. */
    public static BuiltInPlugin of(ClientConfig config, ConfigResolver settings, boolean customEndpoint) {
        boolean noCompression = config.disableRequestCompression() != null ? config.disableRequestCompression()
                : settings.isTrue(ConfigSetting.DISABLE_REQUEST_COMPRESSION);
        int minSize = config.requestMinCompressionSizeBytes() != null ? config.requestMinCompressionSizeBytes()
                : settings.getInt(ConfigSetting.REQUEST_MIN_COMPRESSION_SIZE_BYTES)
                        .orElse(RequestCompression.DEFAULT_MIN_SIZE);
        ChecksumMode calculation = ChecksumMode.parse(config.requestChecksumCalculation() != null
                ? config.requestChecksumCalculation()
                : settings.get(ConfigSetting.REQUEST_CHECKSUM_CALCULATION).orElse(null), "request_checksum_calculation");
        ChecksumMode validation = ChecksumMode.parse(config.responseChecksumValidation() != null
                ? config.responseChecksumValidation()
                : settings.get(ConfigSetting.RESPONSE_CHECKSUM_VALIDATION).orElse(null), "response_checksum_validation");
        String discovery = settings.get(ConfigSetting.ENDPOINT_DISCOVERY_ENABLED).orElse("auto");
        boolean noHostPrefix = config.disableHostPrefixInjection() != null ? config.disableHostPrefixInjection()
                : settings.isTrue(ConfigSetting.DISABLE_HOST_PREFIX_INJECTION);
        return new BuiltInPlugin(noCompression, minSize, calculation, validation, discovery, customEndpoint,
                settings.environment(), noHostPrefix);
    }

    @Override
    public String name() {
        return "boto4j built-ins";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return true;
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new RequestCompression(noCompression, minCompressionSize));
        setup.addHook(new FlexibleChecksums(checksumCalculation, checksumValidation));
        setup.addHook(new EndpointDiscovery(setup.service(), discoveryMode, customEndpoint));
        setup.addHook(new ApiVersionHeader());
        setup.addHook(new RecursionDetection(env));
        if (noHostPrefix) {
            setup.addHook(WithoutHostPrefix.INSTANCE);
        }
        setup.addMethod(CoreMethods.GENERATE_PRESIGNED_URL);
    }
}
