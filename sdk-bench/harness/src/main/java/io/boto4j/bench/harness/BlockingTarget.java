package io.boto4j.bench.harness;

/** A contender whose calls block the calling thread until the body has been read. */
@FunctionalInterface
public interface BlockingTarget {

    /** One GetObject of the benchmark object, body read to the end and checked. */
    void call() throws Exception;
}
