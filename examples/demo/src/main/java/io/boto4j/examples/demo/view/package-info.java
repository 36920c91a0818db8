/** The demo's typed view of S3: an interface of its own and the records it takes and returns. */
package io.boto4j.examples.demo.view;
