package io.boto4j.core.endpoints;

/**
 * Names of the built-in endpoint parameters that an SDK fills from its configuration.
 * A rule set names them in a parameter's {@code builtIn}; see
 * {@link EndpointRuleSet#parameters()}.
 */
public final class BuiltIns {
    /** The client's region (a string), e.g. {@code us-east-1}. */
    public static final String REGION = "AWS::Region";
    /** Whether to use a FIPS endpoint (botocore's {@code use_fips_endpoint}); a boolean. */
    public static final String USE_FIPS = "AWS::UseFIPS";
    /** Whether to use a dual-stack (IPv6) endpoint (botocore's {@code use_dualstack_endpoint}); a boolean. */
    public static final String USE_DUAL_STACK = "AWS::UseDualStack";
    /** A custom endpoint URL given by the user ({@code endpoint_url}); a string. */
    public static final String ENDPOINT = "SDK::Endpoint";
    /** Whether S3 Transfer Acceleration is on ({@code s3.use_accelerate_endpoint}); a boolean. */
    public static final String S3_ACCELERATE = "AWS::S3::Accelerate";
    /** Whether S3 buckets go in the path rather than the host ({@code s3.addressing_style = path}); a boolean. */
    public static final String S3_FORCE_PATH_STYLE = "AWS::S3::ForcePathStyle";
    /** Whether an S3 ARN's region may differ from the client's ({@code s3.use_arn_region}); a boolean. */
    public static final String S3_USE_ARN_REGION = "AWS::S3::UseArnRegion";
    /** Whether S3 in {@code us-east-1} uses the global endpoint ({@code s3.us_east_1_regional_endpoint = legacy}); a boolean. */
    public static final String S3_USE_GLOBAL_ENDPOINT = "AWS::S3::UseGlobalEndpoint";
    /** Whether S3 Multi-Region Access Points are refused ({@code s3.s3_disable_multiregion_access_points}); a boolean. */
    public static final String S3_DISABLE_MULTI_REGION_ACCESS_POINTS =
            "AWS::S3::DisableMultiRegionAccessPoints";
    /** Whether an S3 Control ARN's region may differ from the client's; a boolean. */
    public static final String S3_CONTROL_USE_ARN_REGION = "AWS::S3Control::UseArnRegion";
    /** Whether STS uses its global endpoint ({@code sts_regional_endpoints = legacy}); a boolean. */
    public static final String STS_USE_GLOBAL_ENDPOINT = "AWS::STS::UseGlobalEndpoint";
    /** The account id of the resolved credentials, for account-based endpoints; a string. */
    public static final String ACCOUNT_ID = "AWS::Auth::AccountId";
    /** {@code account_id_endpoint_mode}: {@code preferred}, {@code required} or {@code disabled}; a string. */
    public static final String ACCOUNT_ID_ENDPOINT_MODE = "AWS::Auth::AccountIdEndpointMode";
    /** The credential scope the resolved credentials carry, when they carry one; a string (botocore fills none). */
    public static final String CREDENTIAL_SCOPE = "AWS::Auth::CredentialScope";

    private BuiltIns() {
    }
}
