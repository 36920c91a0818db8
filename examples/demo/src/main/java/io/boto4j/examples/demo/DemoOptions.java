package io.boto4j.examples.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What the demo was asked to do, from its command line. With none of {@code --aws},
 * {@code --profile} and {@code --endpoint-url} it starts its own servers; with any of them it runs
 * against what they name, and asks before touching it unless {@code --yes} is given.
 *
 * @param useAccount  run against an account or endpoint of the user's instead of embedded servers
 * @param endpointUrl the endpoint for both S3 and SQS, or null for what the configuration says
 * @param profile     the profile of the shared config files to use, or null for the default
 * @param region      the region, or null for what the configuration says
 * @param assumeYes   do not ask before creating and deleting things in an account
 * @param sizeMiB     the size of the file uploaded in parts and downloaded back, in MiB
 * @param help        print the usage and do nothing else
 */
record DemoOptions(boolean useAccount, URI endpointUrl, String profile, String region, boolean assumeYes,
                   int sizeMiB, boolean help) {

    static final int DEFAULT_SIZE_MIB = 64;
    private static final int MAX_SIZE_MIB = 1024;

    static final String USAGE = """
            Usage: ./demo [options]

            With no options, starts s3proxy (S3, checking every SigV4 signature) and ElasticMQ (SQS)
            on 127.0.0.1, walks through S3 and SQS calls with both layers, and stops them.

              --aws                 run against the account your AWS configuration names instead
                                    (credentials, region and endpoints from the AWS_* variables and
                                    ~/.aws, as the AWS CLI reads them); creates a bucket and a queue
                                    of its own, named boto4j-demo-..., and deletes them at the end
              --profile NAME        the same with this profile of ~/.aws/config
              --endpoint-url URL    the same against this S3- and SQS-compatible endpoint
                                    (buckets addressed by path)
              --region REGION       the region (default: the configuration's)
              --yes                 do not ask before creating and deleting in an account
              --size-mib N          the size of the multipart upload, 1 to 1024 MiB (default 64)
              --help                this text
            """;

    /** Parses the command line; a problem is an {@link IllegalArgumentException} that says what to change. */
    static DemoOptions parse(List<String> args) {
        boolean useAccount = false;
        URI endpoint = null;
        String profile = null;
        String region = null;
        boolean yes = false;
        int size = DEFAULT_SIZE_MIB;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--aws" -> useAccount = true;
                case "--profile" -> {
                    profile = value(args, ++i, arg);
                    useAccount = true;
                }
                case "--endpoint-url" -> {
                    endpoint = endpoint(value(args, ++i, arg));
                    useAccount = true;
                }
                case "--region" -> region = value(args, ++i, arg);
                case "--yes" -> yes = true;
                case "--size-mib" -> size = sizeMiB(value(args, ++i, arg));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see --help)");
            }
        }
        return new DemoOptions(useAccount, endpoint, profile, region, yes, size, help);
    }

    private static String value(List<String> args, int at, String option) {
        if (at >= args.size() || args.get(at).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(at);
    }

    private static URI endpoint(String value) {
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--endpoint-url must be an http:// or https:// URL with a host,"
                        + " not " + value);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint-url is not a URL: " + e.getMessage(), e);
        }
    }

    private static int sizeMiB(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_SIZE_MIB) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--size-mib takes a whole number from 1 to " + MAX_SIZE_MIB + ", not " + value);
    }
}
