package io.boto4j.core.internal.endpoints.rules;

import static io.boto4j.core.internal.endpoints.rules.Values.bool;
import static io.boto4j.core.internal.endpoints.rules.Values.integer;
import static io.boto4j.core.internal.endpoints.rules.Values.string;

import io.boto4j.core.endpoints.Partitions;
import io.boto4j.core.internal.endpoints.functions.ArnParser;
import io.boto4j.core.internal.endpoints.functions.AttrPath;
import io.boto4j.core.internal.endpoints.functions.HostLabels;
import io.boto4j.core.internal.endpoints.functions.StringFunctions;
import io.boto4j.core.internal.endpoints.functions.UrlParser;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Binds a function call of the rule set ({@code fn} and compiled {@code argv}) to the Java
 * implementation, checking arity once at compile time. Type checks of argument values happen
 * per evaluation, since references are only known then.
 */
final class FunctionBinder {
    private final Partitions partitions;

    FunctionBinder(Partitions partitions) {
        this.partitions = Objects.requireNonNull(partitions, "partitions");
    }

    Expr bind(String fn, List<Expr> args) {
        return switch (fn) {
            case "isSet" -> call1(fn, args, v -> v != null);
            case "not" -> call1(fn, args, v -> v == null || !bool(fn, v));
            case "getAttr" -> getAttr(args);
            case "stringEquals" -> call2(fn, args, (a, b) -> string(fn, a).equals(string(fn, b)));
            case "booleanEquals" -> call2(fn, args, (a, b) -> bool(fn, a) == bool(fn, b));
            case "substring" -> callN(fn, args, 4, v -> StringFunctions.substring(
                    string(fn, v[0]), integer(fn, v[1]), integer(fn, v[2]), bool(fn, v[3])));
            case "uriEncode" -> call1(fn, args, v -> v == null ? null : StringFunctions.uriEncode(string(fn, v)));
            case "parseURL" -> call1(fn, args, v -> v == null ? null : UrlParser.parseUrl(string(fn, v)));
            case "isValidHostLabel" -> call2(fn, args, (v, sub) ->
                    v != null && HostLabels.isValidHostLabel(string(fn, v), bool(fn, sub)));
            case "split" -> callN(fn, args, 3, v -> v[0] == null ? null : StringFunctions.split(
                    string(fn, v[0]), string(fn, v[1]), integer(fn, v[2])));
            case "coalesce" -> {
                if (args.size() < 2) {
                    throw arity(fn, "at least 2", args.size());
                }
                yield new Exprs.Coalesce(args.toArray(new Expr[0]));
            }
            case "ite" -> {
                requireArity(fn, args, 3);
                yield new Exprs.Ite(args.get(0), args.get(1), args.get(2));
            }
            case "aws.partition" -> call1(fn, args, v -> v == null ? null : partitions.outputsFor(string(fn, v)));
            case "aws.parseArn" -> call1(fn, args, v -> v == null ? null : ArnParser.parseArn(string(fn, v)));
            case "aws.isVirtualHostableS3Bucket" -> call2(fn, args, (v, sub) ->
                    v != null && HostLabels.isVirtualHostableS3Bucket(string(fn, v), bool(fn, sub)));
            default -> throw new IllegalArgumentException("Unknown rules function: " + fn);
        };
    }

    /** getAttr's path must be a literal, so it is parsed here, once. */
    private static Expr getAttr(List<Expr> args) {
        requireArity("getAttr", args, 2);
        if (!(args.get(1) instanceof Exprs.Constant c) || !(c.value() instanceof String path)) {
            throw new IllegalArgumentException("getAttr: the path must be a literal string");
        }
        AttrPath parsed = AttrPath.parse(path);
        return new Exprs.Call1(args.get(0), parsed::apply);
    }

    private static Expr call1(String fn, List<Expr> args, Function<Object, Object> f) {
        requireArity(fn, args, 1);
        return new Exprs.Call1(args.get(0), f);
    }

    private static Expr call2(String fn, List<Expr> args, BiFunction<Object, Object, Object> f) {
        requireArity(fn, args, 2);
        return new Exprs.Call2(args.get(0), args.get(1), f);
    }

    private static Expr callN(String fn, List<Expr> args, int arity, Function<Object[], Object> f) {
        requireArity(fn, args, arity);
        return new Exprs.CallN(args.toArray(new Expr[0]), f);
    }

    private static void requireArity(String fn, List<Expr> args, int arity) {
        if (args.size() != arity) {
            throw arity(fn, String.valueOf(arity), args.size());
        }
    }

    private static IllegalArgumentException arity(String fn, String expected, int got) {
        return new IllegalArgumentException(fn + " takes " + expected + " argument(s), got " + got);
    }
}
