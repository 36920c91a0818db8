package io.boto4j.cli.args;

import io.boto4j.core.model.ServiceModel;

import java.util.Locale;
import java.util.Optional;

/**
 * Operation (and custom method) names as typed on the command line: the model's
 * {@code PutObject} or {@code put-object}.
 */
public final class OperationNames {
    private OperationNames() {
    }

    /** The model name of the operation the user means, or empty when the service has none by that name. */
    public static Optional<String> find(ServiceModel model, String typed) {
        if (model.hasOperation(typed)) {
            return Optional.of(typed);
        }
        for (String name : model.operationNames()) {
            if (matches(name, typed)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code typed} spells {@code modelName}: as it is, in kebab case, or in any case. */
    public static boolean matches(String modelName, String typed) {
        return squash(modelName).equals(squash(typed));
    }

    /**
     * The kebab-case form, as the AWS CLI spells it: {@code DescribeDBInstances} becomes
     * {@code describe-db-instances}, {@code ListMFADevices} {@code list-mfa-devices}.
     */
    public static String kebab(String modelName) {
        StringBuilder out = new StringBuilder();
        int n = modelName.length();
        for (int i = 0; i < n; i++) {
            char c = modelName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = modelName.charAt(i - 1);
                boolean nextLower = i + 1 < n && Character.isLowerCase(modelName.charAt(i + 1));
                // A word starts at a capital after a lower case letter or digit, or at the last
                // capital of an acronym when a lower case letter follows (DB|Instances).
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Case, dashes and underscores removed: the key both spellings share. */
    private static String squash(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
