package io.boto4j.cli.args;

/**
 * One command option as typed: {@code --max-keys 10} is ({@code --max-keys}, MaxKeys, "10");
 * a flag's text is "true" ({@code --flag}) or "false" ({@code --no-flag}).
 *
 * @param option the option as typed, for messages
 * @param target the name of what it sets ({@link OptionTarget#name()})
 * @param text   its value as typed
 */
public record InputArgument(String option, String target, String text) {
}
