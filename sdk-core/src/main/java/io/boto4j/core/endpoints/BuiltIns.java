package io.boto4j.core.endpoints;

/**
 * Names of the built-in endpoint parameters that an SDK fills from its configuration.
 * A rule set names them in a parameter's {@code builtIn}; see
 * {@link EndpointRuleSet#parameters()}.
 */
public final class BuiltIns {
    public static final String REGION = "AWS::Region";
    public static final String USE_FIPS = "AWS::UseFIPS";
    public static final String USE_DUAL_STACK = "AWS::UseDualStack";
    public static final String ENDPOINT = "SDK::Endpoint";
    public static final String S3_ACCELERATE = "AWS::S3::Accelerate";
    public static final String S3_FORCE_PATH_STYLE = "AWS::S3::ForcePathStyle";
    public static final String S3_USE_ARN_REGION = "AWS::S3::UseArnRegion";
    public static final String S3_USE_GLOBAL_ENDPOINT = "AWS::S3::UseGlobalEndpoint";
    public static final String S3_DISABLE_MULTI_REGION_ACCESS_POINTS =
            "AWS::S3::DisableMultiRegionAccessPoints";
    public static final String S3_CONTROL_USE_ARN_REGION = "AWS::S3Control::UseArnRegion";
    public static final String STS_USE_GLOBAL_ENDPOINT = "AWS::STS::UseGlobalEndpoint";
    public static final String ACCOUNT_ID = "AWS::Auth::AccountId";
    public static final String ACCOUNT_ID_ENDPOINT_MODE = "AWS::Auth::AccountIdEndpointMode";
    public static final String CREDENTIAL_SCOPE = "AWS::Auth::CredentialScope";

    private BuiltIns() {
    }
}
