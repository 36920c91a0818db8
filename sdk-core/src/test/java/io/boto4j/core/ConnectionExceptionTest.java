package io.boto4j.core;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.net.ConnectException;
import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConnectionExceptionTest {
    private static final URI URL = URI.create("https://sqs.eu-west-1.amazonaws.com/123/q?Action=x");

    @Test
    void aRefusedConnectionSaysItCouldNotConnectAndDropsTheQuery() {
        ConnectionException e = ConnectionException.of("sqs.SendMessage", URL, 3, new ConnectException("Connection refused"));
        assertEquals("sqs.SendMessage could not connect to https://sqs.eu-west-1.amazonaws.com/123/q"
                + " (Connection refused) after 3 attempts", e.getMessage());
    }

    @Test
    void aTlsFailureSaysTlsFailedRatherThanConnect() {
        ConnectionException e = ConnectionException.of("sqs.SendMessage", URL, 1,
                new SSLHandshakeException("PKIX path building failed"));
        assertEquals("sqs.SendMessage failed TLS with https://sqs.eu-west-1.amazonaws.com/123/q"
                + " (PKIX path building failed)", e.getMessage());
    }
}
