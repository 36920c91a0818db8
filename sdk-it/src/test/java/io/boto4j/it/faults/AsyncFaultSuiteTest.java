package io.boto4j.it.faults;

/** The fault suite on the Vert.x layer. */
class AsyncFaultSuiteTest extends FaultSuite {
    @Override
    Layer createLayer() {
        return new AsyncLayer();
    }
}
