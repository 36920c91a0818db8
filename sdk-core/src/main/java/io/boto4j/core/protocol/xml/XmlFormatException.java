package io.boto4j.core.protocol.xml;

import io.boto4j.core.ResponseParseException;

/** A body that is not the XML the model describes: malformed, carrying a DTD, or a bad scalar. */
public final class XmlFormatException extends ResponseParseException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure without an underlying cause.
     *
     * @param message what is wrong with the body, e.g. {@code XML body has no root element}
     */
    public XmlFormatException(String message) {
        super(message);
    }

    /**
     * A failure caused by the parser's or a conversion's exception.
     *
     * @param message what is wrong and where, with an excerpt of the cause's complaint
     * @param cause   the exception the StAX parser or the value conversion threw
     */
    public XmlFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
