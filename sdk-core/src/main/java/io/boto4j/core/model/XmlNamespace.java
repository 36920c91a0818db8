package io.boto4j.core.model;

/**
 * An {@code xmlNamespace} trait: {@code xmlns[:prefix]="uri"}.
 *
 * @param prefix the namespace prefix, or null (or empty) for the default namespace
 * @param uri    the namespace's URI, e.g. {@code http://s3.amazonaws.com/doc/2006-03-01/}
 */
public record XmlNamespace(String prefix, String uri) {
    /**
     * The attribute name to write: {@code xmlns} or {@code xmlns:prefix}.
     *
     * @return the attribute's name
     */
    public String attributeName() {
        return prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    }
}
