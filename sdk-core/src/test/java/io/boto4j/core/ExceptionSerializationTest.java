package io.boto4j.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.auth.credentials.CredentialsException;
import io.boto4j.core.auth.credentials.NoCredentialsException;
import io.boto4j.core.auth.token.NoTokenException;
import io.boto4j.core.auth.token.TokenException;
import io.boto4j.core.config.ConfigException;
import io.boto4j.core.config.ConfigParseException;
import io.boto4j.core.config.NoRegionException;
import io.boto4j.core.config.ProfileNotFoundException;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.paginate.PaginationException;
import io.boto4j.core.protocol.xml.XmlFormatException;
import io.boto4j.core.retry.TransientTransportException;
import io.boto4j.core.waiter.Attempt;
import io.boto4j.core.waiter.WaiterConfigException;
import io.boto4j.core.waiter.WaiterFailureException;
import io.boto4j.core.waiter.WaiterTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every exception boto4j throws survives Java serialization; fields that cannot are transient and documented so. */
class ExceptionSerializationTest {
    @TempDir
    Path home;

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T roundTrip(T e) throws IOException, ClassNotFoundException {
        // A declared serialVersionUID keeps the stream form stable across compilers and harmless edits.
        for (Class<?> c = e.getClass(); c.getName().startsWith("io.boto4j."); c = c.getSuperclass()) {
            Class<?> declaring = c;
            assertDoesNotThrow(() -> declaring.getDeclaredField("serialVersionUID"), c + " declares no serialVersionUID");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            T copy = (T) in.readObject();
            assertSame(e.getClass(), copy.getClass());
            assertEquals(e.getMessage(), copy.getMessage());
            return copy;
        }
    }

    @Test
    void serviceExceptionKeepsItsDataButNotItsShape() throws Exception {
        Shape shape = ServiceModel.fromJson("w", new ObjectMapper().readTree("""
                {"metadata": {}, "operations": {}, "shapes": {
                  "NoSuchWidget": {"type": "structure", "members": {}, "exception": true}}}""")).shape("NoSuchWidget");
        Instant when = Instant.parse("2026-01-02T03:04:05Z");
        ServiceException e = new ServiceException("widgets", "GetWidget", "NoSuchWidget", "gone", 404, "req-1",
                "ext-1", shape, Map.of("When", when, "Tags", List.of("a"), "Data", new byte[] {1, 2},
                "Nested", Map.of("Count", 3)), 2);
        ServiceException copy = roundTrip(e);
        assertEquals("NoSuchWidget", copy.errorCode());
        assertEquals("gone", copy.errorMessage());
        assertEquals(404, copy.statusCode());
        assertEquals("req-1", copy.requestId());
        assertEquals("ext-1", copy.extendedRequestId());
        assertEquals(2, copy.attempts());
        assertEquals(when, copy.fields().get("When"));
        assertEquals(List.of("a"), copy.fields().get("Tags"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) copy.fields().get("Data"));
        assertEquals(Map.of("Count", 3), copy.fields().get("Nested"));
        assertNull(copy.errorShape(), "a model part is not serialized");

        EventStreamServiceException streamed = roundTrip(new EventStreamServiceException("w", "Sub", "Boom", "m",
                shape, Map.of()));
        assertEquals("Boom", streamed.errorCode());
    }

    @Test
    void paramValidationExceptionKeepsItsProblems() throws Exception {
        List<ParamValidationException.Problem> problems = List.of(
                new ParamValidationException.Problem("Key", "Missing required parameter Key"));
        ParamValidationException copy = roundTrip(new ParamValidationException("s3", "PutObject", problems));
        assertEquals(problems, copy.problems());
        assertEquals("PutObject", copy.operation());
    }

    @Test
    void everyOtherExceptionSerializes() throws Exception {
        Throwable cause = new IOException("reset");
        roundTrip(new SdkException("x", cause));
        roundTrip(new SdkClientException("x", cause));
        roundTrip(new AttemptTimeoutException(AttemptTimeoutException.Phase.values()[0], Duration.ofSeconds(1), "slow"));
        roundTrip(new CallTimeoutException("slow", Duration.ofSeconds(1)));
        assertEquals("crc32", roundTrip(new ChecksumMismatchException("crc32", "a", "b")).algorithm());
        roundTrip(new ConnectionException("refused", URI.create("https://example.com/x"), false, cause));
        roundTrip(new EndpointResolutionException("no endpoint"));
        roundTrip(new EventStreamException("bad frame"));
        roundTrip(new JmesPathException(JmesPathException.Kind.values()[0], "bad"));
        roundTrip(new ResponseParseException("bad body", cause));
        roundTrip(new TruncatedBodyException("short"));
        roundTrip(new CredentialsException("no", cause));
        roundTrip(new NoCredentialsException("none"));
        roundTrip(new TokenException("no", cause));
        roundTrip(new NoTokenException("none"));
        roundTrip(new ConfigException("bad"));
        assertEquals(3, roundTrip(new ConfigParseException("config", 3, "bad line")).line());
        roundTrip(new NoRegionException("sqs", "default"));
        roundTrip(new ProfileNotFoundException("dev"));
        roundTrip(new ModelException("bad model"));
        roundTrip(new PaginationException("loop"));
        roundTrip(new XmlFormatException("bad xml"));
        roundTrip(TransientTransportException.connectionLost("lost", cause));
        roundTrip(new WaiterConfigException("bad waiter"));
        Attempt attempt = new Attempt(Map.of(), null);
        assertEquals("BucketExists", roundTrip(new WaiterFailureException("BucketExists", "failed", 2, attempt)).waiterName());
        assertNotNull(roundTrip(new WaiterTimeoutException("BucketExists", "too long", 3, attempt)));

        ModelLoader empty = ModelLoader.builder().bundledSources(List.of()).environment(Map.of()).home(home).build();
        roundTrip(assertThrows(ModelException.class, () -> empty.serviceModel("widgets")));
        roundTrip(assertThrows(ModelException.class, empty::partitions));
    }
}
