package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.InputArgument;
import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.UsageException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.model.Names;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a custom method from the command line: each parameter whose type can be typed
 * is an option ({@code Filename} is {@code --filename}), its text parsed by the parameter's Java
 * type; {@code --params} may give them all as a JSON object, the options winning parameter by
 * parameter. A text value may be {@code file://PATH} (the file's text). What the command line
 * can tell (a value that does not parse, a required parameter left out, an unknown name in
 * {@code --params}) is reported here, all at once and naming the option, before anything is sent;
 * what only the method knows (ranges, a file that cannot be read) the method reports.
 *
 * <p>Types: a string; a file path ({@code ~/} is the home directory); an integer; a boolean (a
 * flag); a duration in seconds; a structure or list as JSON; a stream as a file's path or
 * {@code -} for stdin. Parameters of other types (a progress listener, a cancellation) are not
 * options: the command line gives them itself or leaves them out.
 */
public final class MethodInput {
    /** The value of a stream parameter that stands for stdin. */
    public static final String STDIN = "-";

    private static final Set<Class<?>> TYPEABLE = Set.of(String.class, Path.class, Integer.class, Long.class,
            Boolean.class, Duration.class, Map.class, List.class, RequestBody.class);

    private MethodInput() {
    }

    /** Whether a parameter of {@code type} can be given on the command line. */
    public static boolean typeable(Class<?> type) {
        return TYPEABLE.contains(type);
    }

    /** The options of {@code method}'s typeable parameters, for the command {@code command} ("s3 upload-file"). */
    public static InputOptions options(String command, CustomMethod<?> method) {
        InputOptions.Builder b = InputOptions.builder(command);
        for (MethodParameter p : method.parameters()) {
            if (p.type() == Boolean.class) {
                b.flag(p.name(), true);
            } else if (typeable(p.type())) {
                b.option(p.name(), p.typeName());
            }
        }
        return b.build();
    }

    /**
     * The arguments the command line gives {@code method}; parameters it cannot type are left out.
     *
     * @param stdin what a stream parameter given as {@code -} reads
     * @throws UsageException listing every problem, when there is one
     */
    public static Map<String, Object> of(String command, CustomMethod<?> method, CommandLine cmd, ValueFiles files,
                                         InputStream stdin) {
        InputOptions options = options(command, method);
        Parser parser = new Parser(files, stdin, new InputProblems());
        Map<String, Object> arguments = new LinkedHashMap<>();
        JsonNode params = ParamsText.read(cmd.params(), files);
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                throw new UsageException("--params must be a JSON object of " + method.name() + "'s parameters");
            }
            for (Map.Entry<String, JsonNode> field : params.properties()) {
                MethodParameter p = parameter(method, field.getKey());
                if (p == null) {
                    List<String> names = method.parameters().stream().map(MethodParameter::name).toList();
                    parser.problems.add(field.getKey(), "--params: unknown parameter " + field.getKey()
                            + Names.didYouMean(field.getKey(), names) + "; " + command + " takes "
                            + String.join(", ", names));
                    continue;
                }
                Object value = parser.json("--params: " + p.name(), p, field.getValue());
                if (value != null) {
                    arguments.put(field.getKey(), value);
                }
            }
        }
        for (InputArgument argument : cmd.inputArguments()) {
            MethodParameter p = parameter(method, argument.target());
            Object value = parser.text(argument.option(), p, argument.text());
            if (value != null) {
                arguments.put(p.name(), value);
            }
        }
        for (MethodParameter p : method.parameters()) {
            if (p.required() && !arguments.containsKey(p.name()) && !parser.problems.has(p.name())) {
                String option = options.optionFor(p.name());
                parser.problems.add(p.name(), "missing required " + p.name() + " (" + p.typeName() + "): "
                        + (option != null ? "give " + option + (p.type() == Boolean.class ? "" : " VALUE") + " or " : "give ")
                        + "\"" + p.name() + "\" in --params"
                        + (typeable(p.type()) ? "" : "; the command line cannot give " + p.typeName()));
            }
        }
        if (!parser.problems.isEmpty()) {
            throw parser.problems.toException(command);
        }
        return arguments;
    }

    private static MethodParameter parameter(CustomMethod<?> method, String name) {
        for (MethodParameter p : method.parameters()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** One command line's values: where files and stdin are, and where problems go. */
    private record Parser(ValueFiles files, InputStream stdin, InputProblems problems) {

        /** The value typed for {@code p}, or null after recording a problem. */
        Object text(String label, MethodParameter p, String text) {
            Class<?> type = p.type();
            try {
                if (type == RequestBody.class) {
                    return text.equals(STDIN) ? stdin : files.readableFile(text, label);
                }
                if (type == Path.class) {
                    return files.path(text);
                }
                String value = ValueFiles.isText(text) ? files.text(text, label) : text;
                if (type == Map.class || type == List.class) {
                    return json(label, p, CliJson.parse(value, label + " (" + p.name() + ", " + p.typeName() + ")"));
                }
                return scalar(type, value.trim());
            } catch (UsageException e) {
                problems.add(p.name(), e.getMessage());
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(p.name(), label + " expects " + p.typeName() + " (" + p.name() + "), not '" + text + "'");
            }
            return null;
        }

        /** The value {@code --params} gives {@code p}, or null after recording a problem. */
        Object json(String label, MethodParameter p, JsonNode node) {
            Class<?> type = p.type();
            if (node.isNull()) {
                return null;
            }
            boolean fits = type == Map.class ? node.isObject()
                    : type == List.class ? node.isArray()
                    : type == Integer.class || type == Long.class || type == Duration.class ? node.isIntegralNumber()
                    : type == Boolean.class ? node.isBoolean()
                    : node.isTextual();
            if (!fits) {
                problems.add(p.name(), label + " expects " + p.typeName() + " (" + p.name() + "), got "
                        + (node.isContainerNode() ? "a JSON " + (node.isArray() ? "list" : "object") : node.toString()));
                return null;
            }
            return node.isTextual() ? text(label, p, node.textValue()) : scalarOrPlain(type, node);
        }

        private static Object scalarOrPlain(Class<?> type, JsonNode node) {
            return node.isIntegralNumber() ? scalar(type, node.asText()) : PlainJson.toValue(node);
        }

        private static Object scalar(Class<?> type, String text) {
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == Duration.class) {
                return Duration.ofSeconds(Long.parseLong(text));
            }
            if (type == Boolean.class) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("not a boolean");
                };
            }
            return text;
        }
    }
}
