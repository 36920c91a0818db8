package io.boto4j.core.config;

/** The selected profile exists in neither shared file. */
public final class ProfileNotFoundException extends ConfigException {
    private static final long serialVersionUID = 1L;
    /** The profile that was looked for. */
    private final String profileName;

    /**
     * Reports that a profile is missing, with botocore's {@code ProfileNotFound} message:
     * {@code The config profile (NAME) could not be found}.
     *
     * @param profileName the profile that was looked for, e.g. the value of {@code AWS_PROFILE}
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
