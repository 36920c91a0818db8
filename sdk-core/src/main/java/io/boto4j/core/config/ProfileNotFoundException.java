package io.boto4j.core.config;

/** The selected profile exists in neither shared file. */
public final class ProfileNotFoundException extends ConfigException {
    private final String profileName;

    public ProfileNotFoundException(String profileName) {
        super("The config profile (" + profileName + ") could not be found");
        this.profileName = profileName;
    }

    public String profileName() {
        return profileName;
    }
}
