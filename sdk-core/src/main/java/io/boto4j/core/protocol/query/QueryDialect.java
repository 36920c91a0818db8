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
        String memberName(Member m) {
            return partName(m, m.name());
        }

        @Override
        String partName(Member ref, String defaultName) {
            String n = ref.locationName();
            return n != null ? n : defaultName;
        }
    },
    EC2("ec2") {
        @Override
        String memberName(Member m) {
            String n = explicitName(m);
            // Smithy's ec2 rules capitalize the member name too; EC2's own members already are.
            return n != null ? n : capitalize(m.name());
        }

        @Override
        String partName(Member ref, String defaultName) {
            String n = explicitName(ref);
            return n != null ? n : defaultName;
        }

        /** {@code queryName}, else the capitalized {@code locationName}, else null. */
        private String explicitName(Member ref) {
            String n = ref.queryName();
            if (n != null) {
                return n;
            }
            n = ref.locationName();
            return n == null ? null : capitalize(n);
        }
    };

    private final String protocol;

    QueryDialect(String protocol) {
        this.protocol = protocol;
    }

    String protocol() {
        return protocol;
    }

    /** The parameter name segment of a structure member. */
    abstract String memberName(Member m);

    /**
     * The name segment of a list item or map key/value ({@code member}, {@code key},
     * {@code value} by default, which botocore never capitalizes).
     */
    abstract String partName(Member ref, String defaultName);

    static String capitalize(String s) {
        if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
