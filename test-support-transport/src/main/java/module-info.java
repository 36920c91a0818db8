/**
 * {@link io.boto4j.testsupport.transport.ScriptedTransport}: the request pipeline and the plugins
 * without a socket, for the plugin modules' tests. Test-scoped only; the tests read it from their
 * class path.
 */
module io.boto4j.testsupport.transport {
    requires io.boto4j.core;

    exports io.boto4j.testsupport.transport;
}
