package io.boto4j.core.config;

/** The selected profile exists in neither shared file. */
public final class ProfileNotFoundException extends ConfigException {
    private static final long serialVersionUID = 1L;
    /** The profile that was looked for. */
    private final String profileName;

    /**
     * @param profileName the profile that was looked for; the message names it as botocore's
     *                    {@code ProfileNotFound} does
     */
    public ProfileNotFoundException(String profileName) {
        super("The config profile (" + profileName + ") could not be found");
        this.profileName = profileName;
    }

    /** {@return the name of the profile that was looked for} */
    public String profileName() {
        return profileName;
    }
}
