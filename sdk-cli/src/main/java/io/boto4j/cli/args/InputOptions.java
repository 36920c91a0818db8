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
 * The options an operation's input takes, as the AWS CLI spells them: one per top-level
 * member, its name in kebab case ({@code MaxKeys} is {@code --max-keys}); a boolean member is
 * a flag pair ({@code --flag}, {@code --no-flag}). A member whose option would be one of
 * boto4j's own ({@code DryRun} of EC2 is {@code --dry-run}) has no option: it is set in
 * {@code --params}, and the operation's help says so.
 */
public final class InputOptions {
    private final String command;
    /** Option name (with its dashes) to the member it sets; "--no-x" maps to the boolean X. */
    private final Map<String, Member> byOption;
    /** Member name to its option, for the members that have one. */
    private final Map<String, String> byMember;
    /** The {@code --no-} flags, which set their boolean to false. */
    private final Set<String> negations;

    private InputOptions(String command, Map<String, Member> byOption, Map<String, String> byMember,
                         Set<String> negations) {
        this.command = command;
        this.byOption = Collections.unmodifiableMap(byOption);
        this.byMember = Collections.unmodifiableMap(byMember);
        this.negations = Set.copyOf(negations);
    }

    /** The options of the operation's input (none when it takes no input). */
    public static InputOptions of(OperationModel operation) {
        String command = operation.service().serviceName() + " " + OperationNames.kebab(operation.name());
        Map<String, Member> byOption = new LinkedHashMap<>();
        Map<String, String> byMember = new LinkedHashMap<>();
        Set<String> negations = new HashSet<>();
        Shape input = operation.inputShape();
        if (input != null) {
            for (Member member : input.members().values()) {
                String option = "--" + OperationNames.kebab(member.name());
                String negated = "--no-" + option.substring(2);
                boolean flag = isFlag(member);
                if (ArgumentParser.isOwnOption(option) || (flag && ArgumentParser.isOwnOption(negated))) {
                    continue;
                }
                byOption.put(option, member);
                if (flag) {
                    byOption.put(negated, member);
                    negations.add(negated);
                }
                byMember.put(member.name(), option);
            }
        }
        return new InputOptions(command, byOption, byMember, negations);
    }

    /** Whether the member is set by a flag pair rather than an option with a value. */
    public static boolean isFlag(Member member) {
        return member.type() == ShapeType.BOOLEAN;
    }

    /** "s3 get-object": the command these options belong to, for messages. */
    public String command() {
        return command;
    }

    /** The member {@code option} sets, or null when the input has no such member. */
    public Member member(String option) {
        return byOption.get(option);
    }

    /** Whether {@code option} is the {@code --no-} flag of a boolean, which sets it to false. */
    public boolean negates(String option) {
        return negations.contains(option);
    }

    /** The option that sets {@code memberName}, or null when it is set in {@code --params} only. */
    public String optionFor(String memberName) {
        return byMember.get(memberName);
    }

    /** Every option name, flags with their {@code --no-} twins. */
    public List<String> names() {
        return new ArrayList<>(byOption.keySet());
    }

    /** Finds the options of the command the words name so far; null while they name none. */
    @FunctionalInterface
    public interface Lookup {
        /** A lookup for when no command takes member options (the words are never resolved). */
        Lookup NONE = words -> null;

        /**
         * The options of the command that {@code words} ({@code <service> <operation>} or
         * {@code <service> wait <waiter>}) name, or null when they name no operation.
         *
         * @throws UsageException when the words name an unknown service, operation or waiter
         */
        InputOptions find(List<String> words);
    }
}
