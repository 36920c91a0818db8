package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.cli.args.UsageException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The value of {@code --params}: JSON text, or {@code file://path} naming a file that holds it. */
public final class ParamsText {
    private static final String FILE = "file://";

    private ParamsText() {
    }

    /** The parsed JSON, or null when no {@code --params} was given. */
    public static JsonNode read(String value) {
        if (value == null) {
            return null;
        }
        if (!value.startsWith(FILE)) {
            return CliJson.parse(value, "--params");
        }
        String path = value.substring(FILE.length());
        try {
            return CliJson.parse(Files.readString(Path.of(path), StandardCharsets.UTF_8), "--params file " + path);
        } catch (NoSuchFileException e) {
            throw new UsageException("--params: no such file " + path);
        } catch (IOException e) {
            throw new UsageException("--params: cannot read " + path + ": " + e.getMessage());
        }
    }
}
