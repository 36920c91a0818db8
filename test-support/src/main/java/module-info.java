/**
 * What the tests of several modules share and that needs nothing of boto4j:
 * {@link io.boto4j.testsupport.Botocore}, which runs a module's Python test scripts under botocore
 * 1.43.107. Test-scoped only; the tests read it from their class path.
 */
module io.boto4j.testsupport {
    requires com.fasterxml.jackson.databind;
    requires org.junit.jupiter.api;

    exports io.boto4j.testsupport;
}
