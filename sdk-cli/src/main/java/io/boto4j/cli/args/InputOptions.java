package io.boto4j.cli.args;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options a command takes beyond boto4j's own, as the AWS CLI spells them: one per
 * top-level member of an operation's input (or parameter of a custom method, or setting of a
 * built-in command), its name in kebab case ({@code MaxKeys} is {@code --max-keys}); a boolean is
 * a flag pair ({@code --flag}, {@code --no-flag}). A target whose option would be one of
 * boto4j's own ({@code DryRun} of EC2 is {@code --dry-run}) has no option: it is set in
 * {@code --params}, and the command's help says so.
 */
public final class InputOptions {
    private final String command;
    /** Option name (with its dashes) to what it sets; "--no-x" maps to the boolean X. */
    private final Map<String, OptionTarget> byOption;
    /** Target name to its option, for the targets that have one. */
    private final Map<String, String> byTarget;
    /** The {@code --no-} flags, which set their boolean to false. */
    private final Set<String> negations;

    private InputOptions(Builder b) {
        this.command = b.command;
        this.byOption = Collections.unmodifiableMap(new LinkedHashMap<>(b.byOption));
        this.byTarget = Collections.unmodifiableMap(new LinkedHashMap<>(b.byTarget));
        this.negations = Set.copyOf(b.negations);
    }

    /** The options of the operation's input (none when it takes no input). */
    public static InputOptions of(OperationModel operation) {
        Builder b = builder(operation.service().serviceName() + " " + OperationNames.kebab(operation.name()));
        Shape input = operation.inputShape();
        if (input != null) {
            for (Member member : input.members().values()) {
                if (isFlag(member)) {
                    b.flag(member.name(), true);
                } else {
                    b.option(member.name(), member.type().modelName());
                }
            }
        }
        return b.build();
    }

    /** Starts the options of {@code command} ("s3 cp"), for commands that are not an operation. */
    public static Builder builder(String command) {
        return new Builder(command);
    }

    /** Whether the member is set by a flag pair rather than an option with a value. */
    public static boolean isFlag(Member member) {
        return member.type() == ShapeType.BOOLEAN;
    }

    /** "s3 get-object": the command these options belong to, for messages. */
    public String command() {
        return command;
    }

    /** What {@code option} sets, or null when the command has no such option. */
    public OptionTarget target(String option) {
        return byOption.get(option);
    }

    /** Whether {@code option} is the {@code --no-} flag of a boolean, which sets it to false. */
    public boolean negates(String option) {
        return negations.contains(option);
    }

    /** The option that sets {@code targetName}, or null when it is set in {@code --params} only. */
    public String optionFor(String targetName) {
        return byTarget.get(targetName);
    }

    /** How help shows the option of {@code targetName}: {@code --max-keys}, {@code --flag | --no-flag}; null when none. */
    public String shown(String targetName) {
        String option = byTarget.get(targetName);
        if (option == null) {
            return null;
        }
        String negated = "--no-" + option.substring(2);
        return negations.contains(negated) ? option + " | " + negated : option;
    }

    /** Every option name, flags with their {@code --no-} twins. */
    public List<String> names() {
        return new ArrayList<>(byOption.keySet());
    }

    /** Builds the options of a command, target by target, in the order help shows them. */
    public static final class Builder {
        private final String command;
        private final Map<String, OptionTarget> byOption = new LinkedHashMap<>();
        private final Map<String, String> byTarget = new LinkedHashMap<>();
        private final Set<String> negations = new HashSet<>();

        private Builder(String command) {
            this.command = command;
        }

        /**
         * An option with a value for {@code target} ({@code --max-keys 10}), unless its name is
         * one of boto4j's own options.
         *
         * @param type the target's type as messages name it
         */
        public Builder option(String target, String type) {
            String option = "--" + OperationNames.kebab(target);
            if (!ArgumentParser.isOwnOption(option)) {
                byOption.put(option, new OptionTarget(target, type, false));
                byTarget.put(target, option);
            }
            return this;
        }

        /**
         * A flag for the boolean {@code target} ({@code --fetch-owner}); with {@code negatable},
         * also its {@code --no-} twin, which sets it to false. Left out when either would be one
         * of boto4j's own options.
         */
        public Builder flag(String target, boolean negatable) {
            String option = "--" + OperationNames.kebab(target);
            String negated = "--no-" + option.substring(2);
            if (ArgumentParser.isOwnOption(option) || (negatable && ArgumentParser.isOwnOption(negated))) {
                return this;
            }
            OptionTarget flag = new OptionTarget(target, "boolean", true);
            byOption.put(option, flag);
            if (negatable) {
                byOption.put(negated, flag);
                negations.add(negated);
            }
            byTarget.put(target, option);
            return this;
        }

        public InputOptions build() {
            return new InputOptions(this);
        }
    }

    /** Finds the options of the command the words name so far; null while they name none. */
    @FunctionalInterface
    public interface Lookup {
        /** A lookup for when no command takes options of its own (the words are never resolved). */
        Lookup NONE = words -> null;

        /**
         * The options of the command that {@code words} ({@code <service> <operation>},
         * {@code <service> wait <waiter>}, {@code <service> <method>}, {@code s3 cp}) name, or
         * null when they name no command (yet).
         *
         * @throws UsageException when the words name an unknown service, command or waiter
         */
        InputOptions find(List<String> words);
    }
}
