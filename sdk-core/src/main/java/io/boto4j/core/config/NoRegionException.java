package io.boto4j.core.config;

/**
 * A client for a regional service was built without a region. Thrown when the client is built
 * (as botocore's {@code NoRegionError} is raised when its client is created), not at the first
 * call; the message names the three places a region can come from.
 */
public final class NoRegionException extends ConfigException {
    private static final long serialVersionUID = 1L;

    /** The service whose client needs a region. */
    private final String service;

    /**
     * A missing region.
     *
     * @param service     the service whose client needs a region
     * @param profileName the profile that was searched for a {@code region} setting
     */
    public NoRegionException(String service, String profileName) {
        super("A " + service + " client needs a region and none is set: call ClientConfig.builder().region(\"...\"),"
                + " set the AWS_REGION environment variable, or add 'region = ...' to the profile [" + profileName
                + "] of the shared config file (~/.aws/config)");
        this.service = service;
    }

    /** {@return the service whose client needs a region, as the message names it} */
    public String service() {
        return service;
    }
}
