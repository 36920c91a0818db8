package io.boto4j.cli.values;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.InputArgument;
import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.ParamValidationException;
import io.boto4j.core.validation.ParamValidator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input of one call, from {@code --params} and the member options together: the options
 * win over {@code --params} member by member (as the AWS CLI's options win over
 * {@code --cli-input-json}), so a params file can be a template. The whole input is checked
 * against the model before anything is sent, and every problem is reported at once, in the
 * model's terms and naming the option to change.
 */
public final class CommandInput {
    private CommandInput() {
    }

    /**
     * The checked input of {@code operation}.
     *
     * @throws io.boto4j.cli.args.UsageException listing every problem, when there is one
     */
    public static Map<String, Object> of(OperationModel operation, CommandLine cmd, ValueFiles files) {
        InputProblems problems = new InputProblems();
        Map<String, Object> fromOptions = new LinkedHashMap<>();
        for (InputArgument argument : cmd.inputArguments()) {
            Member member = operation.inputShape().member(argument.target());
            fromOptions.put(member.name(), MemberText.value(argument.option(), member, argument.text(), files, problems));
        }
        // A member given as an option is not read from --params at all (nor its file://).
        Map<String, Object> input = InputValues.of(operation, ParamsText.read(cmd.params(), files),
                fromOptions.keySet(), files, problems);
        fromOptions.forEach((name, value) -> {
            if (value != null) {
                input.put(name, value);
            }
        });
        check(operation, input, problems);
        return input;
    }

    /**
     * Runs the core's validator (pure, no I/O) so that its findings join the ones made while
     * reading the values; a problem already reported at a path is not reported again in the
     * validator's words.
     */
    private static void check(OperationModel operation, Map<String, Object> input, InputProblems problems) {
        InputOptions options = InputOptions.of(operation);
        Shape shape = operation.inputShape();
        if (shape != null && !shape.isUnion()) {
            for (String required : shape.required()) {
                if (input.get(required) == null && !problems.has(required)) {
                    problems.add(required, missing(shape.member(required), options));
                }
            }
        }
        try {
            ParamValidator.validate(operation, input);
        } catch (ParamValidationException e) {
            for (ParamValidationException.Problem p : e.problems()) {
                if (!problems.has(p.path())) {
                    problems.add(p.path(), p.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw problems.toException(operation.service().serviceName() + " " + OperationNames.kebab(operation.name()));
        }
    }

    private static String missing(Member member, InputOptions options) {
        String option = options.optionFor(member.name());
        String how = option != null
                ? "give " + option + (InputOptions.isFlag(member) ? "" : " VALUE") + " or \"" + member.name() + "\" in --params"
                : "give \"" + member.name() + "\" in --params";
        return "missing required " + member.name() + " (" + ModelTerms.modelType(member.shape()) + "): " + how;
    }
}
