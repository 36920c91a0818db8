package io.boto4j.differential;

/**
 * One way boto4j and botocore disagree on one case.
 *
 * @param aspect what differs, e.g. {@code method}, {@code url.path}, {@code url.query},
 *               {@code header:content-type}, {@code body}, {@code signature}, {@code refused},
 *               {@code result}, {@code error.code}, {@code error.fields}, {@code requestId}
 * @param detail both sides' values (or where in a body they part)
 */
record Difference(String aspect, String detail) {

    static Difference of(String aspect, Object boto4j, Object botocore) {
        return new Difference(aspect, "boto4j " + boto4j + " | botocore " + botocore);
    }

    @Override
    public String toString() {
        return aspect + ": " + detail;
    }
}
