package io.boto4j.core.model;

/** An {@code xmlNamespace} trait: {@code xmlns[:prefix]="uri"}. */
public record XmlNamespace(String prefix, String uri) {
    /** The attribute name to write: {@code xmlns} or {@code xmlns:prefix}. */
    public String attributeName() {
        return prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    }
}
