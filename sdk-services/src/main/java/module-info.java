/**
 * botocore's per-service customizations as plugins, found by the core through
 * {@link java.util.ServiceLoader}: what services need beyond their models, on the wire and in
 * results (S3's are in {@code io.boto4j.s3}; the README lists each with its test).
 * {@code io.boto4j.services} holds what users name (custom methods, options); the plugins and
 * their hooks stay in the packages of {@code io.boto4j.services.internal}.
 */
module io.boto4j.services {
    requires io.boto4j.core;

    exports io.boto4j.services;

    provides io.boto4j.core.plugin.ServicePlugin with
            io.boto4j.services.internal.apigateway.ApiGatewayPlugin,
            io.boto4j.services.internal.autoscaling.AutoScalingPlugin,
            io.boto4j.services.internal.cloudformation.CloudFormationPlugin,
            io.boto4j.services.internal.cloudsearchdomain.CloudSearchDomainPlugin,
            io.boto4j.services.internal.dsql.DsqlPlugin,
            io.boto4j.services.internal.dynamodb.DynamoDbPlugin,
            io.boto4j.services.internal.ec2.Ec2Plugin,
            io.boto4j.services.internal.glacier.GlacierPlugin,
            io.boto4j.services.internal.http2.Http2OnlyOperationsPlugin,
            io.boto4j.services.internal.iam.IamPlugin,
            io.boto4j.services.internal.logs.LogsPlugin,
            io.boto4j.services.internal.machinelearning.MachineLearningPlugin,
            io.boto4j.services.internal.polly.PollyPlugin,
            io.boto4j.services.internal.rds.RdsFamilyPlugin,
            io.boto4j.services.internal.route53.Route53Plugin,
            io.boto4j.services.internal.sqs.SqsPlugin,
            io.boto4j.services.internal.ssooidc.SsoOidcPlugin;
}
