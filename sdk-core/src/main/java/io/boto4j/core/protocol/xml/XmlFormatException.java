package io.boto4j.core.protocol.xml;

import io.boto4j.core.protocol.ResponseParseException;

/** A body that is not the XML the model describes: malformed, carrying a DTD, or a bad scalar. */
public final class XmlFormatException extends ResponseParseException {
    private static final long serialVersionUID = 1L;

    public XmlFormatException(String message) {
        super(message);
    }

    public XmlFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
