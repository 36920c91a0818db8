package io.boto4j.core.protocol.query;

import io.boto4j.core.model.Member;

/**
 * Where the ec2 protocol departs from query when flattening input into form parameters:
 * names (ec2 prefers {@code queryName} and capitalizes the rest) and lists (ec2 numbers items
 * directly under the list's name and sends nothing for an empty list).
 */
enum QueryDialect {
    QUERY("query") {
        @Override
        String name(Member ref, String fallback) {
            String n = ref.locationName();
            return n != null ? n : fallback;
        }
    },
    EC2("ec2") {
        @Override
        String name(Member ref, String fallback) {
            String n = ref.queryName();
            if (n != null) {
                return n;
            }
            n = ref.locationName();
            // The Smithy ec2 rules capitalize the member name too; botocore's models never need it.
            return capitalize(n != null ? n : fallback);
        }
    };

    private final String protocol;

    QueryDialect(String protocol) {
        this.protocol = protocol;
    }

    String protocol() {
        return protocol;
    }

    /** The parameter name segment for {@code ref}, {@code fallback} when the model names none. */
    abstract String name(Member ref, String fallback);

    static String capitalize(String s) {
        if (s == null || s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
