package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;

/** The value of {@code --params}: JSON text, or {@code file://PATH} naming a file that holds it. */
final class ParamsText {
    private static final String OPTION = "--params";

    private ParamsText() {
    }

    /** The parsed JSON, or null when no {@code --params} was given. */
    static JsonNode read(String value, ValueFiles files) {
        if (value == null) {
            return null;
        }
        if (ValueFiles.isText(value)) {
            return CliJson.parse(files.text(value, OPTION), OPTION + " file " + files.path(value));
        }
        return CliJson.parse(value, OPTION);
    }
}
