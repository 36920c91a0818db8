package io.boto4j.core.fuzz;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpResponse;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.protocol.ProtocolCodec;
import io.boto4j.core.protocol.Protocols;
import io.boto4j.core.protocol.ResponseParseException;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.protocol.xml.XmlErrorEnvelope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Seeded fuzzing of every protocol's response and error parsing against real operation models:
 * valid bodies written from random output and error values, then mutated (bit flips,
 * truncation, duplication, splicing, hostile fragments, deep nesting, huge numbers, invalid
 * UTF-8, values of the wrong type), plus bodies of random bytes and hostile header values. A
 * success response must parse or fail with {@link ResponseParseException}; an error response
 * must always give error details (the status stands in when the body says nothing usable).
 */
class ProtocolFuzzTest {
    private static final String[] HOSTILE_HEADER_VALUES = {"", " ", "abc", "-", "1e999999999", "9".repeat(1001),
            "-9223372036854775809", "NaN", "Mon, 99 Foo 2019 99:99:99 GMT", "2019-13-45T25:61:61Z", "!!!notbase64",
            "e30=", "bnVsbA==", "W1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tb", "\"unterminated", "\"a\",\"b\",",
            "x".repeat(20_000), "\u00ff\u00fe", "true, false", "1, 2, x"};

    @Test
    void query() {
        fuzz("query", ops("sts", "AssumeRole", "GetCallerIdentity", "GetSessionToken"),
                ops("sns", "ListTopics", "GetTopicAttributes", "Publish"),
                ops("iam", "GetAccountAuthorizationDetails", "ListUsers", "GetPolicyVersion"),
                ops("cloudformation", "DescribeStacks", "GetTemplateSummary"));
    }

    @Test
    void ec2() {
        fuzz("ec2", ops("ec2", "DescribeInstances", "DescribeSecurityGroups", "DescribeImages", "RunInstances",
                "DescribeSpotPriceHistory", "DescribeTags"));
    }

    @Test
    void json() {
        fuzz("json", ops("dynamodb", "Query", "GetItem", "BatchGetItem", "DescribeTable", "DescribeEndpoints"),
                ops("sqs", "ReceiveMessage", "GetQueueAttributes"),
                ops("kinesis", "GetRecords", "DescribeStream"),
                ops("secretsmanager", "GetSecretValue"));
    }

    @Test
    void restJson() {
        fuzz("rest-json", ops("lambda", "GetFunction", "ListFunctions", "Invoke", "GetFunctionUrlConfig"),
                ops("bedrock-runtime", "Converse", "InvokeModel"),
                ops("apigateway", "GetRestApis", "GetExport"),
                ops("efs", "DescribeFileSystems"));
    }

    @Test
    void restXml() {
        fuzz("rest-xml", ops("s3", "ListObjectsV2", "ListObjectVersions", "GetObjectAcl", "HeadObject", "GetObject",
                        "GetBucketLifecycleConfiguration", "CompleteMultipartUpload", "ListMultipartUploads",
                        "GetBucketLocation", "GetObjectAttributes", "GetBucketPolicyStatus", "CopyObject"),
                ops("route53", "ListResourceRecordSets", "GetHostedZone"),
                ops("cloudfront", "GetDistribution"));
    }

    @Test
    void smithyRpcV2Cbor() {
        fuzz("smithy-rpc-v2-cbor", ops("cloudwatch", "GetMetricData", "DescribeAlarms", "GetMetricStatistics",
                "ListMetrics"));
    }

    /** The XML error envelope on its own: whatever the body, it reads an envelope or says there is none. */
    @Test
    void xmlErrorEnvelope() {
        List<OperationModel> ops = ops("sts", "AssumeRole");
        new FuzzRun("xml-error-envelope", random -> {
            ValidResponses valid = new ValidResponses(random.nextBoolean() ? "query" : "rest-xml", random);
            byte[] body = new Mutator(Dialect.XML, TypeSwappers.xml())
                    .mutate(valid.error(ops.get(0)).body(), () -> valid.error(ops.get(0)).body(), random);
            return new FuzzRun.Input("XmlErrorEnvelope.read", body, () -> XmlErrorEnvelope.read(body));
        }, t -> false).run();
    }

    private static List<OperationModel> ops(String service, String... names) {
        return RealModels.operations(service, names);
    }

    @SafeVarargs
    private static void fuzz(String protocol, List<OperationModel>... groups) {
        List<OperationModel> ops = new ArrayList<>();
        for (List<OperationModel> g : groups) {
            ops.addAll(g);
        }
        ProtocolCodec codec = Protocols.forName(protocol);
        Dialect dialect = switch (protocol) {
            case "json", "rest-json" -> Dialect.JSON;
            case "smithy-rpc-v2-cbor" -> Dialect.CBOR;
            default -> Dialect.XML;
        };
        Mutator mutator = new Mutator(dialect, switch (dialect) {
            case JSON -> TypeSwappers.json();
            case CBOR -> TypeSwappers.cbor();
            default -> TypeSwappers.xml();
        });
        new FuzzRun(protocol, random -> input(protocol, codec, ops, mutator, random),
                t -> t instanceof ResponseParseException).run();
    }

    private static FuzzRun.Input input(String protocol, ProtocolCodec codec, List<OperationModel> ops,
                                       Mutator mutator, SplittableRandom random) {
        OperationModel op = ops.get(random.nextInt(ops.size()));
        ValidResponses valid = new ValidResponses(protocol, random);
        boolean error = random.nextBoolean();
        ValidResponses.Response seed = error ? valid.error(op) : valid.success(op);
        byte[] body = switch (random.nextInt(20)) {
            case 0 -> randomBytes(random);
            case 1 -> seed.body();
            default -> mutator.mutate(seed.body(), () -> (random.nextBoolean() ? valid.success(op)
                    : valid.error(op)).body(), random);
        };
        Headers headers = protocol.startsWith("rest-") || error ? hostileHeaders(seed.headers(), random)
                : seed.headers();
        SdkHttpResponse response = new SdkHttpResponse(seed.status(), headers, body);
        String what = op.service().serviceName() + "." + op.name() + " HTTP " + seed.status() + " headers " + headers;
        if (error) {
            return new FuzzRun.Input(what, body, () -> {
                ServiceErrorDetails details;
                try {
                    details = codec.parseError(op, response);
                } catch (ResponseParseException e) {
                    throw new AssertionError("parseError must give error details, not throw", e);
                }
                assertNotNull(details.code(), "an error without a code");
            });
        }
        return new FuzzRun.Input(what, body, () -> codec.parse(op, response));
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] b = new byte[random.nextInt(512)];
        random.nextBytes(b);
        return b;
    }

    /** Some of the response's header values replaced with text no service should send. */
    private static Headers hostileHeaders(Headers headers, SplittableRandom random) {
        Headers out = new Headers(headers);
        for (String name : headers.names()) {
            if (random.nextInt(3) == 0) {
                out.set(name, HOSTILE_HEADER_VALUES[random.nextInt(HOSTILE_HEADER_VALUES.length)]);
            }
        }
        if (random.nextInt(4) == 0) {
            out.set(random.nextBoolean() ? "x-amzn-ErrorType" : "x-amzn-query-error",
                    HOSTILE_HEADER_VALUES[random.nextInt(HOSTILE_HEADER_VALUES.length)]);
        }
        return out;
    }
}
