package io.boto4j.cli.args;

import io.boto4j.core.model.Member;

/**
 * One member option as typed: {@code --max-keys 10} is ({@code --max-keys}, MaxKeys, "10");
 * a flag's text is "true" ({@code --flag}) or "false" ({@code --no-flag}).
 */
public record InputArgument(String option, Member member, String text) {
}
