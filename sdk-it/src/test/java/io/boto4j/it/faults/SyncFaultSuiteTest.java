package io.boto4j.it.faults;

/** The fault suite on the blocking layer. */
class SyncFaultSuiteTest extends FaultSuite {
    @Override
    Layer createLayer() {
        return new SyncLayer();
    }
}
