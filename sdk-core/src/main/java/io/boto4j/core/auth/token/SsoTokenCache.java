package io.boto4j.core.auth.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.auth.credentials.SsoCredentialsProvider;
import io.boto4j.core.internal.json.PythonJson;
import io.boto4j.core.protocol.support.BoundedJackson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The token cache file of one sso-session, {@code ~/.aws/sso/cache/<sha1 of the session name>.json},
 * as {@code aws sso login} writes it and botocore's {@code SSOTokenLoader} reads and rewrites it.
 * Blocking file I/O: callers run it on an executor. Errors name the session, never the file's
 * content (it holds the access token, the refresh token and the client secret).
 */
final class SsoTokenCache {
    private static final ObjectMapper JSON = BoundedJackson.jsonMapper().build();

    private final String sessionName;
    private final Path file;

    SsoTokenCache(Path home, String sessionName) {
        this.sessionName = sessionName;
        this.file = SsoCredentialsProvider.cacheFile(home, sessionName);
    }

    Path file() {
        return file;
    }

    /**
     * The cached document, which has at least {@code accessToken} and {@code expiresAt}.
     *
     * @throws TokenException when the file is missing, unreadable or not such a document
     */
    JsonNode read() {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TokenException(doesNotExist());
        } catch (IOException e) {
            throw new TokenException("Error loading SSO Token: cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        JsonNode document;
        try {
            document = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            // botocore's JSONFileCache reads an unparsable file as a missing one.
            throw new TokenException(doesNotExist());
        }
        if (document == null || !document.isObject() || !document.path("accessToken").isTextual()
                || !document.path("expiresAt").isTextual()) {
            throw new TokenException("Error loading SSO Token: Token for " + sessionName + " is invalid");
        }
        return document;
    }

    private String doesNotExist() {
        return "Error loading SSO Token: Token for " + sessionName + " does not exist; to log in, run:"
                + " aws sso login --sso-session " + sessionName;
    }

    /**
     * Replaces the file in one step, as botocore's JSONFileCache does: the JSON (as Python's
     * {@code json.dumps} writes it) goes to an owner-only temporary file in the same directory,
     * is synced to disk, then renamed over the old file. A reader sees the old token or the new
     * one, never a part.
     */
    void write(Map<String, Object> document) {
        byte[] bytes = PythonJson.dumps(document).getBytes(StandardCharsets.UTF_8);
        Path temp = null;
        try {
            Path dir = Files.createDirectories(file.getParent());
            // On POSIX systems a temporary file is created readable by its owner only.
            temp = Files.createTempFile(dir, "tmp", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new TokenException("Cannot save the refreshed SSO token to " + file + " ("
                    + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }
}
