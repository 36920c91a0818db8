#!/usr/bin/env python3
"""Generates compliance.json, the differential test corpus of boto4j's JMESPath.

Run once with the machine's Python (the jmespath package botocore depends on), from this
directory:  python3 generate.py
and commit the output. JmesPathComplianceTest replays every case against io.boto4j.core.jmespath.

Each case is an (expression, given document) pair whose expected outcome is what jmespath.py
gives: a result, or an error kind named as in the official JMESPath compliance suite
(syntax, invalid-arity, unknown-function, invalid-type, invalid-value). The categories follow
that suite (basic, boolean, current, escape, filters, functions, identifiers, indices, literal,
multiselect, pipe, slice, syntax, unicode, wildcard); the cases are written here, plus
botocore-shaped documents and 800 random expressions ("fuzz", fixed seed).

It also collects every JMESPath expression of the installed botocore's paginators-1.json
(output_token, result_key, more_results, non_aggregate_keys) and waiters-2.json (acceptor
arguments of path matchers), which the test must compile.

A few jmespath.py quirks are deliberately not exercised (boto4j follows the specification
there): arguments or hash entries without commas (`f(a b)`), `contains` of a non-string in a
string, ordering comparisons between a number and a string, and Python's True == 1 inside
lists; these raise Python TypeErrors or accept invalid syntax.
"""
import glob
import json
import os
import random

import botocore
import jmespath
from jmespath import exceptions

FUZZ = random.Random(2026)
CASES = []  # groups of cases sharing one given document


def error_kind(e):
    # ArityError derives from ParseError, so it is tested first.
    if isinstance(e, exceptions.ArityError):
        return "invalid-arity"
    if isinstance(e, exceptions.UnknownFunctionError):
        return "unknown-function"
    if isinstance(e, (exceptions.ParseError, exceptions.EmptyExpressionError)):
        return "syntax"
    if isinstance(e, (exceptions.JMESPathTypeError, TypeError)):
        return "invalid-type"
    if isinstance(e, ValueError):
        return "invalid-value"
    raise e


def add(category, given, *expressions):
    """One group: a document and the expressions evaluated over it."""
    cases = []
    CASES.append({"category": category, "given": given, "cases": cases})
    for expression in expressions:
        case = {"expression": expression}
        try:
            case["result"] = jmespath.search(expression, given)
            json.dumps(case["result"])
        except TypeError as e:
            if "JSON serializable" in str(e):
                continue  # e.g. a bare `&expr`: the result is not JSON, nothing to compare
            case["error"] = error_kind(e)
        except Exception as e:  # noqa: BLE001 - classified, or re-raised when unexpected
            case["error"] = error_kind(e)
        cases.append(case)


# --- basic ---------------------------------------------------------------------------------
add("basic", {"foo": {"bar": {"baz": "correct"}}},
    "foo", "foo.bar", "foo.bar.baz", "foo\n.\nbar\n.baz", "foo.bar.baz.bad", "foo.bar.bad",
    "foo.bad", "bad", "bad.morebad.morebad", "foo.bar.baz.bad.bad")
add("basic", {"foo": {"bar": ["one", "two", "three"]}}, "foo", "foo.bar", "foo.bar.one")
add("basic", ["one", "two", "three"], "one", "two", "three", "one.two")
add("basic", {"foo": {"1": ["one", "two", "three"], "-1": "bar"}}, 'foo."1"', 'foo."1"[0]', 'foo."-1"')
add("basic", {"foo": None, "a": 0, "b": False, "c": "", "d": [], "e": {}},
    "foo", "a", "b", "c", "d", "e", "foo.bar", "a.b")
add("basic", "a string", "@", "foo", "length(@)")
add("basic", None, "foo", "@", "foo.bar", "[foo]", "{a: foo}")

# --- boolean -------------------------------------------------------------------------------
BOOL = {"outer": {"foo": "foo", "bar": "bar", "baz": "baz"}, "True": True, "False": False,
        "Number": 5, "Zero": 0, "EmptyList": [], "EmptyString": "", "EmptyObject": {},
        "Null": None, "List": [1, 2], "Object": {"a": 1}, "one": 1, "two": 2, "three": 3,
        "float": 1.5, "aString": "abc", "bString": "abd"}
add("boolean", BOOL,
    "outer.foo || outer.bar", "outer.foo||outer.bar", "outer.bar || outer.baz",
    "outer.bad || outer.foo", "outer.foo || outer.bad", "outer.bad || outer.alsobad",
    "outer.empty_string || 'fallback'", "True && False", "False && True", "True && True",
    "False && False", "True || False", "Number && EmptyList", "Number || EmptyList",
    "EmptyList && True", "EmptyList || True", "EmptyString || 'x'", "EmptyObject || 'x'",
    "Null || 'x'", "Zero || 'x'", "Zero && 'x'", "!True", "!False", "!Number", "!EmptyList",
    "!EmptyString", "!EmptyObject", "!Null", "!Zero", "!!Zero", "!!EmptyList", "!List", "!Object",
    "True && !False", "!False && True", "!(True && False)", "(True || False) && False",
    "True || False && False", "!True || True", "one < two", "one <= two", "one == one",
    "one == two", "one > two", "one >= two", "one != two", "one < two && three > one",
    "one < two || three < one", "float > one", "float < two", "one == `1.0`", "Zero == `0.0`",
    "aString < bString", "aString <= aString", "aString > bString", "aString >= bString",
    "List == `[1, 2]`", "List == `[2, 1]`", "Object == `{\"a\": 1}`", "Object != `{\"a\": 2}`",
    "True == `true`", "False == `false`", "True != False", "Null == `null`", "Null == missing",
    "List < `[3]`", "Object > Object", "True < False", "Null < one", "one < Null",
    "Zero == False", "one == True", "`0` == `false`", "`1` != `true`", "EmptyList == EmptyObject",
    "EmptyString == `\"\"`", "outer == outer", "outer.foo == 'foo'", "outer.foo != 'foo'",
    "`\"1\"` == `1`", "one < `2` < `3`")

# --- current -------------------------------------------------------------------------------
add("current", {"foo": [{"name": "a"}, {"name": "b"}], "bar": {"baz": "qux"}},
    "@", "@.bar", "@.foo[0]", "@.@", "bar.@", "bar.@.baz", "foo[*].@", "foo[*].@.name",
    "foo[*].name.@", "@ | @ | bar", "[@.bar, @]", "{me: @.bar}", "length(@)", "@.foo[?@.name == 'a']")

# --- escape --------------------------------------------------------------------------------
add("escape", {"foo.bar": "dot", "foo bar": "space", "foo\nbar": "newline", "foo\"bar": "doublequote",
               "c:\\\\windows\\path": "windows", "/unix/path": "slash", "\"\"\"": "threequotes",
               "bar": "baz", "a'b": "apos", "\t": "tab"},
    '"foo.bar"', '"foo bar"', '"foo\\nbar"', '"foo\\"bar"', '"c:\\\\\\\\windows\\\\path"',
    '"/unix/path"', '"\\"\\"\\""', '"bar"."baz"', '"a\'b"', '"\\t"', '"\\u0062ar"', '"\\/unix\\/path"',
    '"\\x"', '"unterminated')

# --- filters -------------------------------------------------------------------------------
FILTER = {"foo": [{"name": "a", "age": 10, "tags": ["x"], "state": {"name": "running"}},
                  {"name": "b", "age": 20, "tags": [], "state": {"name": "stopped"}},
                  {"name": "c", "age": 30.5, "state": {"name": "running"}},
                  {"name": "d", "age": None, "tags": ["x", "y"]},
                  {"name": "e", "age": 40, "label": "40", "tags": ["y"], "state": None}],
          "nums": [1, 5, 2, 8, 3, 0, -1, 2.5], "strs": ["a", "b", "c", "ab"],
          "objects": {"a": {"v": 1}, "b": {"v": 2}}, "nested": [[1, 2], [3], [4, [5, 6]]],
          "mixed": [1, "1", True, None, [], {}, 0, ""]}
add("filters", FILTER,
    "foo[?name == 'a']", "foo[?name == 'a'].age", "foo[?age > `15`].name", "foo[?age >= `20`].name",
    "foo[?age < `20`].name", "foo[?age <= `10`].name", "foo[?age != `10`].name", "foo[?age == `30.5`]",
    "foo[?age].name", "foo[?!age].name", "foo[?tags].name", "foo[?!tags].name",
    "foo[?state.name == 'running'].name", "foo[?state.name == 'running' && age > `20`].name",
    "foo[?state.name == 'running' || age == `20`].name", "foo[?!(state.name == 'running')].name",
    "foo[?name == 'a' || name == 'b' && age == `99`].name", "foo[?(name == 'a' || name == 'b') && age == `20`].name",
    "foo[?contains(tags, 'x')].name", "foo[?contains(tags || `[]`, 'y')].name", "foo[?length(tags) > `1`].name",
    "foo[?label == '40'].name", "foo[?age == label].name", "foo[?age == `null`].name", "foo[?state == `null`].name",
    "foo[?age > `5`] | [0].name", "foo[?age > `5`].state.name", "foo[?age > `5`].state.name | [0]",
    "foo[?age > `5`][]", "foo[?age > `5`][].name", "foo[?name > 'b'].name", "foo[?name <= 'b'].name",
    "foo[?`true`].name", "foo[?`false`]", "foo[?@.name == 'c'].name", "foo[?name == @.name].name",
    "nums[?@ > `2`]", "nums[?@ >= `2`]", "nums[?@ == `2.5`]", "nums[?@ < `0`]", "nums[?@]",
    "strs[?@ > 'a']", "strs[?starts_with(@, 'a')]", "objects[?v]", "objects.*[?v > `1`]",
    "nested[?length(@) > `1`]", "nested[?length(@) > `1`][]", "nested[][?@ > `2`]",
    "mixed[?@]", "mixed[?!@]", "mixed[?@ == `1`]", "mixed[?@ == '1']", "mixed[?@ == `true`]",
    "mixed[?@ == `[]`]", "foo[?age > `5`].{n: name, s: state.name}", "foo[?name == 'a'] | length(@)",
    "foo[?missing == `null`] | length(@)", "missing[?a]", "foo[?name == 'a'].tags[0]",
    "foo[?age > `5`]", "[?a]", "foo[?a ==]", "foo[?]", "foo[?name == 'a'")
add("filters", [{"a": 1, "b": {"c": [1, 2]}}, {"a": 2, "b": {"c": [3]}}, {"a": 3}],
    "[?a > `1`]", "[?a > `1`].b.c", "[?a > `1`].b.c[]", "[?b.c[0] == `3`].a", "[?b.c[?@ == `2`]].a",
    "[?!b].a", "[?a == `1` && b].a", "[?a <= `2`].b.c | []")

# --- functions -----------------------------------------------------------------------------
FUNCS = {"foo": -1, "zero": 0, "numbers": [-1, 3, 4, 5], "array": ["a", "b"], "strings": ["a", "b", "c"],
         "decimals": [1.01, 1.2, -1.5], "str": "Str", "false": False, "empty_list": [],
         "empty_hash": {}, "objects": {"foo": "bar", "bar": "baz"}, "null_key": None,
         "people": [{"age": 20, "age_str": "20", "bool": True, "name": "a", "extra": "foo"},
                    {"age": 40, "age_str": "40", "bool": False, "name": "b", "extra": "bar"},
                    {"age": 30, "age_str": "30", "bool": True, "name": "c"},
                    {"age": 50, "age_str": "50", "bool": False, "name": "d"},
                    {"age": 10, "age_str": "10", "bool": True, "name": 3}],
         "nested": {"a": {"b": 1}, "c": {"d": 2}}, "unicode": "h\u00e9llo \u2713 \U0001f600",
         "stable": [{"k": 1, "id": "a"}, {"k": 0, "id": "b"}, {"k": 1, "id": "c"}, {"k": 0, "id": "d"}],
         "float_str": "1.5", "int_str": "42", "bad_str": "abc", "exp_str": "1e3", "big": 12345678901234,
         "ints": [1, 2, 3], "mixedstr": ["b", "a", "c", "aa", "B"]}
add("functions", FUNCS,
    "abs(foo)", "abs(zero)", "abs(`-24`)", "abs(`-1.5`)", "abs(str)", "abs(`1`, `2`)", "abs()",
    "avg(numbers)", "avg(decimals)", "avg(empty_list)", "avg(array)", "avg(str)", "avg(ints)",
    "ceil(`1.2`)", "ceil(decimals[0])", "ceil(decimals[2])", "ceil(`-1.2`)", "ceil(foo)", "ceil('a')",
    "floor(`1.9`)", "floor(decimals[2])", "floor(foo)", "floor(str)",
    "contains('abc', 'a')", "contains('abc', 'd')", "contains(array, 'a')", "contains(array, 'd')",
    "contains(numbers, `3`)", "contains(numbers, `3.0`)", "contains(decimals, `1.01`)", "contains(`false`, 'd')",
    "contains(empty_list, `null`)", "contains(`[null]`, `null`)", "contains(`[[1]]`, `[1]`)",
    "ends_with(str, 'r')", "ends_with(str, 'tr')", "ends_with(str, 'Str')", "ends_with(str, 'SStr')",
    "ends_with(str, 'foo')", "ends_with(str, `0`)", "starts_with(str, 'S')", "starts_with(str, 'St')",
    "starts_with(str, 'Str')", "starts_with(str, 'String')", "starts_with(str, `0`)",
    "join(', ', strings)", "join('', strings)", "join(',', `[\"a\"]`)", "join(',', empty_list)",
    "join(',', numbers)", "join(`1`, strings)", "join('|', decimals[].to_string(@))",
    "keys(objects)", "keys(empty_hash)", "keys(foo)", "keys(strings)", "keys(nested)", "values(objects)",
    "values(nested)", "values(empty_hash)", "values(foo)",
    "length('abc')", "length('')", "length(@)", "length(strings)", "length(empty_list)", "length(objects)",
    "length(unicode)", "length(foo)", "length(null_key)", "length(`true`)", "length(str, str)",
    "map(&age, people)", "map(&[age, name], people)", "map(&extra, people)", "map(&foo, empty_list)",
    "map(&a, `[]`)", "map(&@, ints)", "map(&abs(@), numbers)", "map(people, &age)", "map(&age, foo)",
    "max(numbers)", "max(decimals)", "max(strings)", "max(mixedstr)", "max(empty_list)", "max(objects)",
    "max(`[1, \"a\"]`)", "max(`[\"a\", 1]`)", "min(numbers)", "min(decimals)", "min(strings)",
    "min(mixedstr)", "min(empty_list)", "min(array)", "min(`[false]`)",
    "max_by(people, &age)", "max_by(people, &age_str)", "max_by(people, &bool)", "max_by(people, &extra)",
    "max_by(empty_list, &age)", "max_by(people, &name)", "max_by(stable, &k)", "max_by(people, age)",
    "min_by(people, &age)", "min_by(people, &age_str)", "min_by(people, &bool)", "min_by(stable, &k)",
    "min_by(empty_list, &age)", "merge(`{}`)", "merge(`{}`, `{}`)", "merge(`{\"a\": 1}`, `{\"b\": 2}`)",
    "merge(`{\"a\": 1}`, `{\"a\": 2}`)", "merge(`{\"a\": 1, \"b\": 2}`, `{\"a\": 2, \"c\": 3}`, `{\"d\": 4}`)",
    "merge(nested.a, nested.c)", "merge()", "merge(`[]`)",
    "not_null(unknown_key, str)", "not_null(unknown_key, foo.bar, empty_list, str)",
    "not_null(unknown_key, null_key, empty_list, str)", "not_null(all, expressions, are_null)",
    "not_null()", "not_null(false)", "not_null(zero)",
    "reverse(numbers)", "reverse(array)", "reverse(`[]`)", "reverse('')", "reverse('hello world')",
    "reverse(unicode)", "reverse(foo)", "reverse(objects)",
    "sort(numbers)", "sort(strings)", "sort(decimals)", "sort(mixedstr)", "sort(empty_list)",
    "sort(`[3, 1.5, 2]`)", "sort(people)", "sort(`[1, \"a\"]`)", "sort(str)",
    "sort_by(people, &age)", "sort_by(people, &age_str)", "sort_by(people, &to_number(age_str))",
    "sort_by(people, &age)[].name", "sort_by(people, &bool)", "sort_by(people, &name)",
    "sort_by(people, &extra)", "sort_by(stable, &k)[].id", "sort_by(empty_list, &a)", "sort_by(str, &a)",
    "sort_by(people, &age)[-1].name", "sort_by(people, age)",
    "sum(numbers)", "sum(decimals)", "sum(empty_list)", "sum(ints)", "sum(array)", "sum(`[1, 2.5]`)",
    "to_array('foo')", "to_array(`0`)", "to_array(objects)", "to_array(`[1, 2, 3]`)", "to_array(false)",
    "to_array(null_key)", "to_string('foo')", "to_string(`1.2`)", "to_string(`[0, 1]`)",
    "to_string(objects)", "to_string(null_key)", "to_string(`true`)", "to_string(unicode)",
    "to_string(`1e20`)", "to_string(`0.0001`)", "to_string(`1.0`)", "to_string(`100.0`)",
    "to_string(`[\"a\\\"b\"]`)", "to_string(`{\"a\": [1.5, null, \"\\t\"]}`)",
    "to_number('1.0')", "to_number('1.1')", "to_number('4')", "to_number('notanumber')",
    "to_number(`false`)", "to_number(`null`)", "to_number(`[0]`)", "to_number(`{\"foo\": 0}`)",
    "to_number(float_str)", "to_number(int_str)", "to_number(bad_str)", "to_number(exp_str)",
    "to_number(' 12 ')", "to_number('-7')", "to_number('+7')", "to_number('.5')", "to_number('5.')",
    "to_number('')", "to_number(big)", "to_number(`1.5`)",
    "type('abc')", "type(`1.0`)", "type(`2`)", "type(`true`)", "type(`false`)", "type(`null`)",
    "type(`[0]`)", "type(`{\"a\": \"b\"}`)", "type(@)", "type(people[0].bool)",
    "unknown_function(`1`, `2`)", "sort_by(people, &age).name", "people[?age > `25`].name | sort(@)",
    "max(people[*].age)", "min(people[].age)", "sum(people[].age)", "length(people[?bool])",
    "join(',', people[?name != `3`].name)", "people[*].type(name)", "people[].length(name)",
    "\"length\"(@)", "length(@)(@)", "foo.length(@)", "people[0].keys(@)")

# --- identifiers ---------------------------------------------------------------------------
for name in ["foo", "__foo", "_", "_A", "a0", "A_b_C", "camelCase", "x1y2", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa",
             "\"foo bar\"", "\"1\"", "\"\"", "\"@\"", "\"with.dot\"", "\"\\\\\"", "\"\\u00e9\""]:
    key = json.loads(name) if name.startswith('"') else name
    add("identifiers", {key: "value-of-" + key}, name)
add("identifiers", {"a": 1}, "1a", "a-b", "a b", "$a", "a$", "@a", "\"a", "a.1", "a.\"1\"", "a..b", ".a", "a.")

# --- indices -------------------------------------------------------------------------------
IDX = {"foo": {"bar": ["zero", "one", "two"]},
       "list": [{"a": [1, 2]}, {"a": [3, 4]}, {"a": [5]}], "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
       "str": "abc", "obj": {"0": "zero"}}
add("indices", IDX,
    "foo.bar[0]", "foo.bar[1]", "foo.bar[2]", "foo.bar[3]", "foo.bar[-1]", "foo.bar[-2]", "foo.bar[-3]",
    "foo.bar[-4]", "foo[0]", "str[0]", "obj[0]", "list[0].a[1]", "list[-1].a[0]", "list[*].a[0]",
    "list[*].a[-1]", "list[].a", "list[].a[]", "list[].a[0]", "matrix[1][2]", "matrix[-1][-1]",
    "matrix[0][0][0]", "matrix[][1]", "matrix[*][1]", "matrix[*].[0]", "matrix[1:][0]", "matrix[0][1:]",
    "matrix[0][1:].foo", "[0]", "[-1][1]", "foo.bar[00]", "foo.bar[-0]", "foo.bar[99999999999]",
    "foo.bar[", "foo.bar[a]", "foo.bar[1.5]", "foo.bar[-]", "foo.bar['0']", "foo.bar[0", "foo.bar[0]]")
add("indices", [["a", "b"], ["c"]], "[0]", "[1][0]", "[0][1]", "[][0]", "[-1]", "[*][0]", "[0][0:1]")

# --- literal -------------------------------------------------------------------------------
add("literal", {"foo": [{"name": "a"}, {"name": "b"}], "bar": {"baz": "qux"}},
    "`\"foo\"`", "`\"\\u03a6\"`", "`\"\u2713\"`", "`[1, 2, 3]`", "`{\"a\": \"b\"}`", "`true`", "`false`",
    "`null`", "`0`", "`1`", "`2`", "`-1`", "`1.5`", "`-1.5e3`", "`[]`", "`{}`", "`\"\"`",
    "`{\"a\": {\"b\": [1, null, true]}}`", "`\"foo\\`bar\"`", "` \"a\" `", "`\"a\\\"b\"`",
    "`foo`", "`foo bar`", "`[1, 2`", "`{\"a\": }`", "`{\"a\": 1}`.a", "`[1, 2]`[0]", "`[1, 2]`[*]",
    "`{\"a\": 1, \"b\": 2}`.*", "`\"abc\"` | length(@)", "foo[?name == `\"a\"`]",
    "'foo'", "'foo bar'", "'\"'", "'\\''", "'\\\\'", "'\\n'", "'\\u03a6'", "''", "'\u2713'",
    "'a' || 'b'", "'' || 'b'", "`1` == `1.0`", "`[1, 2]` == `[1, 2]`", "`{\"a\": [1]}` == `{\"a\": [1]}`",
    "`\"unclosed", "'unclosed", "`1`.foo", "[`1`, 'x', @.bar]", "{a: `1`, b: 'x'}",
    "`12345678901234567890`", "`0.1`", "`1e2`", "`1E-2`", "`-0`")

# --- multiselect ---------------------------------------------------------------------------
MS = {"foo": {"bar": "bar", "baz": "baz", "qux": "qux", "nested": {"one": {"a": "first", "b": "second"},
                                                                   "two": {"a": "third", "b": "fourth"}}},
      "list": [{"a": 1, "b": 2}, {"a": 3, "b": 4}, {"a": 5}], "nulls": None}
add("multiselect", MS,
    "foo.{bar: bar}", "foo.{\"bar\": bar}", "foo.{\"foo.bar\": bar}", "foo.{bar: bar, baz: baz}",
    "foo.{bar: bar, baz: baz, qux: qux, missing: missing}", "foo.[bar]", "foo.[bar, baz]",
    "foo.[bar, baz, missing]", "foo.nested.*.{a: a, b: b}", "foo.nested.*.[a, b]", "foo.{a: nested.one.a, b: nested.two.b}",
    "list[*].{a: a, b: b}", "list[*].[a, b]", "list[].[a, b][]", "list[*].[a, b] | [1]", "[foo.bar, foo.baz]",
    "{a: foo.bar, b: list[0].a}", "nulls.{a: a}", "nulls.[a]", "{a: nulls}", "[nulls]", "missing.[a, b]",
    "missing.{a: a}", "[[foo.bar], [foo.baz]]", "{a: {b: foo.bar}}", "foo.[bar, [baz, qux]]", "list[0].[*]",
    "foo.{bar: bar,}", "foo.{bar}", "foo.{: bar}", "foo.[bar,]", "foo.[]", "foo.{}", "{a: b", "[a, b",
    "foo.{1: bar}", "[*, foo]", "list[*].{a: a}[0]", "list[*].[a][0]")

# --- pipe ----------------------------------------------------------------------------------
PIPE = {"foo": {"bar": {"baz": "subkey"}, "other": {"baz": "subkey"}, "other2": {"baz": "subkey"},
                "other3": {"notbaz": ["a", "b", "c"]}, "other4": {"notbaz": ["d", "e", "f"]}},
        "list": [{"a": [1, 2]}, {"a": [3]}]}
add("pipe", PIPE,
    "foo.*.baz | [0]", "foo.*.baz | [1]", "foo.*.baz | [2]", "foo.bar.* | [0]", "foo.*.notbaz | [*]",
    "foo.*.notbaz[] | [0]", "foo | bar", "foo | bar | baz", "foo|bar| baz", "not_there | [0]",
    "[foo.bar, foo.other] | [0]", "{\"a\": foo.bar, \"b\": foo.other} | a", "{\"a\": foo.bar, \"b\": foo.other} | b",
    "foo.bam || foo.bar | baz", "foo | not_there || bar", "list[*].a | [0]", "list[*].a[] | [0]", "list[].a[] | [-1]",
    "list | [0] | a | [1]", "foo |", "| foo", "foo || | bar", "foo | *", "foo.* | length(@)", "@ | foo.bar",
    "list[*].a | length(@)", "list[?a] | [1].a", "foo.*.notbaz | [0]", "foo.*.notbaz | [0][1]")

# --- slice ---------------------------------------------------------------------------------
SL = {"foo": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "bar": {"baz": 1}, "objs": [{"a": i} for i in range(5)],
      "empty": []}
add("slice", SL,
    "foo[0:10:1]", "foo[0:10]", "foo[0:10:]", "foo[0::1]", "foo[0::]", "foo[0:]", "foo[:10:1]", "foo[::1]",
    "foo[:10:]", "foo[::]", "foo[:]", "foo[1:9]", "foo[0:10:2]", "foo[5:]", "foo[5::2]", "foo[::2]",
    "foo[::-1]", "foo[1::2]", "foo[10:0:-1]", "foo[10:5:-1]", "foo[8:2:-2]", "foo[0:20]", "foo[10:-20:-1]",
    "foo[10:-20]", "foo[-4:-1]", "foo[:-5:-1]", "foo[-20:-30]", "foo[-1:-20:-1]", "foo[3:3]", "foo[5:2]",
    "foo[100:]", "foo[-100:]", "foo[:-100]", "foo[::-3]", "foo[2::-1]", "foo[-2::-2]", "foo[:2:-1]",
    "foo[8:2:-3]", "foo[::0]", "foo[1:2:0]", "bar[::0]", "foo[:::]", "foo[1:2:3:4]", "foo[a:b]",
    "foo[0:1] | [0]", "bar[0:1]", "empty[0:1]", "empty[::-1]", "objs[1:3].a", "objs[::-2].a",
    "objs[:2].a | [1]", "objs[1:].a[0]", "foo[0:3][0:2]", "foo[:3][1]", "[:2]", "[::-1] | [0]",
    "foo[::-1][0]", "objs[::2][0].a", "objs[-2:].{v: a}")
add("slice", [[1, 2, 3], [4, 5], [6]], "[0:2]", "[1:][0]", "[:][::-1]", "[*][0:1]", "[::2][]", "[1:][]")

# --- syntax --------------------------------------------------------------------------------
add("syntax", {"type": "object", "foo": {"bar": 1}, "a": [1, 2]},
    "foo.bar", "foo.1", "foo.-11", "foo", "foo.", "foo.bar.", ".foo", "foo..bar", "foo.bar.baz.",
    "*", "*.*", "*.foo", "foo.*", "*[0]", "[*]", "foo[*]", "foo.[*]", "foo[*].bar", "a[]", "[]", "a[][]",
    "a[*][*]", "a[*].*", "a.[*]", "foo[", "foo]", "foo[*", "foo[*]]", "(foo)", "(foo.bar)", "((foo))",
    "(foo", "foo)", "()", "foo(", "foo()", "!", "!foo", "!!foo", "foo !", "&foo", "&&", "||", "foo ||",
    "|| foo", "foo && ", "foo &&& bar", "foo == ", "foo === bar", "foo = bar", "foo <> bar", "foo =< bar",
    "foo.{", "foo.{a", "{a: foo}.a", "{\"a\": foo}", "{a: foo, \"b\": foo.bar}", "{a: foo, a: foo.bar}",
    "[a, ]", "[, a]", "[a b]", "foo[?bar]", "foo[?bar == `1`]", "[?a][?b]", "a.\"b\"", "\"a\".b",
    "a.'b'", "'a'.b", "a.`1`", "a[`1`]", "a[?`true`]", "@", "@@", "@.@", "foo.@", "foo#", "foo^",
    "foo~", "foo;", "foo\\bar", "\t foo \n", " ", "", "foo bar", "foo[0] [1]", "foo[0]\n.bar",
    "a.[0]", "a.{b: c}.d", "a.(b)", "a.&b", "a.!b", "length(a) b", "a | [0] b",
    "\"\\u00\"", "\"\\ud83d\\ude00\"", "`[1,2]`[0:1]", "foo.bar && foo.bar == `1`", "a[0:1:2:3]",
    "a[0:1:]", "a[:-]", "a[--1]", "a[- 1]", "a[1 :2]", "a[ 1 ]", "a [0]", "foo . bar", "foo[ * ]")

# --- unicode -------------------------------------------------------------------------------
add("unicode", {"foo": [{"\u2713": "\u2717"}, {"\u2713": "\u2713"}], "\u2603": "snowman",
                "\U0001f600": "emoji", "caf\u00e9": "coffee", "strs": ["\u00e9", "e", "\U0001f600", "\uffff", "z"]},
    "foo[].\"\u2713\"", "\"\u2603\"", "\"\U0001f600\"", "\"caf\u00e9\"", "\"\\u2603\"", "\"\\ud83d\\ude00\"",
    "sort(strs)", "max(strs)", "min(strs)", "reverse(strs)", "strs[?@ > 'z']", "strs[?@ < 'f']",
    "length('\U0001f600')", "reverse('a\U0001f600b')", "to_string(strs)", "join('\u2192', strs)",
    "\u2603", "'\u2603' == `\"\\u2603\"`", "sort_by(strs[*].{s: @}, &s)[].s", "max_by(strs[*].{s: @}, &s)")

# --- wildcard ------------------------------------------------------------------------------
WC = {"foo": {"bar": {"baz": "val"}, "other": {"baz": "val"}, "other2": {"baz": "val"},
              "other3": {"notbaz": ["a", "b", "c"]}, "other4": {"notbaz": ["a", "b", "c"]},
              "other5": {"other": {"a": 1, "b": 1, "c": 1}}},
      "list": [{"bar": {"baz": "one"}}, {"bar": {"baz": "two"}}, {"bar": {"baz": "three"}}, {"notbar": {"baz": "x"}}],
      "nested": [[{"a": 1}, {"a": 2}], [{"a": 3}], [[{"a": 4}]]], "string": "s", "nul": None,
      "reservations": [{"instances": [{"foo": 1, "bar": 2}, {"foo": 1, "bar": 3}]},
                       {"instances": [{"foo": 1, "bar": 4}]}, {"instances": []}, {"other": 1}]}
add("wildcard", WC,
    "foo.*.baz", "foo.bar.*", "foo.*.notbaz", "foo.*.notbaz[0]", "foo.*.notbaz[-1]", "foo.*", "foo.*.*",
    "foo.*.*.*", "foo.*.*.baz", "foo.*.other.*", "*.bar", "*.*.baz", "list[*].bar", "list[*].bar.baz",
    "list[*].bar.*", "list[*].notbar", "list[*]", "list[].bar.baz", "list[*].*", "list[*].*.baz",
    "nested[*]", "nested[*][*]", "nested[*][*].a", "nested[]", "nested[][]", "nested[].a", "nested[][].a",
    "nested[][][]", "nested[][][].a", "nested[*][0].a", "nested[*][]", "string[*]", "string.*", "string[]",
    "nul[*]", "nul.*", "nul[]", "missing[*]", "missing.*", "missing[]", "[*]", "[]", "*",
    "reservations[*].instances[*].foo", "reservations[*].instances[*].bar", "reservations[].instances[].bar",
    "reservations[*].instances[*].foo[]", "reservations[].instances[*].bar", "reservations[*].instances[].bar",
    "reservations[*].instances[*].bar[0]", "reservations[*].instances[*].[foo, bar]",
    "reservations[*].instances[0].bar", "reservations[*].instances[*].foo | length(@)",
    "reservations[*].instances[].foo | []", "reservations[].instances[].{b: bar}",
    "foo.*[0]", "foo.*.notbaz[*]", "foo.*.notbaz[]", "foo.*.notbaz | []", "list[*].bar | [*].baz",
    "list[?bar].bar.baz", "*[*]", "*.*.*.*")

# --- botocore-shaped documents: the expressions paginators and waiters use ----------------------
add("botocore", {"Reservations": [{"Instances": [{"State": {"Name": "running"}, "InstanceId": "i-1"},
                                                 {"State": {"Name": "pending"}, "InstanceId": "i-2"}]}],
                 "Contents": [{"Key": "a"}, {"Key": "b"}], "NextMarker": None, "IsTruncated": True,
                 "Table": {"TableStatus": "ACTIVE"}, "Marker": "m1"},
    "Reservations[].Instances[].State.Name", "length(Reservations[]) > `0`",
    "contains(Reservations[].Instances[].State.Name, 'pending')", "NextMarker || Contents[-1].Key",
    "Contents[-1].Key", "IsTruncated", "Table.TableStatus", "length(Reservations[].Instances[]) == `2`",
    "Reservations[].Instances[].State.Name | [?@ != 'running'] | length(@) == `0`",
    "Reservations[].Instances[?InstanceId == 'i-2'][].State.Name", "Marker || NextMarker")

# --- fuzz ----------------------------------------------------------------------------------
# Random expressions (fixed seed) over one document: combinations no one writes by hand.
# Cases where jmespath.py raises a plain Python error (a quirk, see above) are left out, and
# merge() is not generated (jmespath.py type-checks only its first argument).
FUZZ_DOC = {"a": {"b": {"c": [1, 2, {"d": "x"}]}, "e": [True, False, None]}, "foo": [{"bar": 1, "baz": "q", "l": [1, 2]},
       {"bar": 2.5, "baz": "r", "l": []}, {"bar": None, "baz": "s"}, {"bar": -3}], "nums": [3, 1, 2, 1.5, -7, 0],
       "strs": ["b", "a", "", "\u00e9", "ab"], "obj": {"x": 1, "y": "two", "z": [3], "w": {"v": 4}}, "s": "hello",
       "n": 0, "t": True, "nul": None, "empty": [], "eo": {}, "nested": [[1, [2]], [[3, 4]], 5]}
FIELDS = ["a", "b", "c", "d", "e", "foo", "bar", "baz", "l", "nums", "strs", "obj", "x", "y", "z", "w", "v", "s", "n",
          "t", "nul", "empty", "eo", "nested", "missing"]
LITS = ["`1`", "`0`", "`-1`", "`2.5`", "`\"x\"`", "'q'", "''", "`[1, 2]`", "`[]`", "`{}`", "`{\"k\": 1}`", "`true`",
        "`false`", "`null`", "'b'"]
def atom(d):
    r = FUZZ.random()
    if r < 0.45: return FUZZ.choice(FIELDS)
    if r < 0.55: return "@"
    if r < 0.7: return FUZZ.choice(LITS)
    if r < 0.8 and d > 0: return "(" + expr(d - 1) + ")"
    if r < 0.9 and d > 0: return "[" + ", ".join(expr(d - 1) for _ in range(FUZZ.randint(1, 3))) + "]"
    if d > 0: return "{" + ", ".join("k%d: %s" % (i, expr(d - 1)) for i in range(FUZZ.randint(1, 2))) + "}"
    return FUZZ.choice(FIELDS)
def num():
    return str(FUZZ.choice([0, 1, 2, -1, -2, 3, 10]))
def postfix(e, d):
    r = FUZZ.random()
    if r < 0.25: return e + "." + FUZZ.choice(FIELDS)
    if r < 0.35: return e + "[" + num() + "]"
    if r < 0.45:
        parts = [FUZZ.choice(["", num()]) for _ in range(2)]
        step = FUZZ.choice(["", "", ":" + FUZZ.choice(["1", "2", "-1", "-2"])])
        return e + "[" + parts[0] + ":" + parts[1] + step + "]"
    if r < 0.55: return e + "[*]"
    if r < 0.63: return e + "[]"
    if r < 0.7: return e + ".*"
    if r < 0.82 and d > 0: return e + "[?" + cond(d - 1) + "]"
    if r < 0.88 and d > 0: return e + ".[" + expr(d - 1) + ", " + FUZZ.choice(FIELDS) + "]"
    if r < 0.93 and d > 0: return e + ".{k: " + expr(d - 1) + "}"
    return e + "." + FUZZ.choice(FIELDS)
def cond(d):
    r = FUZZ.random()
    op = FUZZ.choice(["==", "!=", "<", "<=", ">", ">="])
    if r < 0.5: return expr(d) + " " + op + " " + FUZZ.choice(LITS + FIELDS)
    if r < 0.6: return "!" + expr(d)
    if r < 0.8: return cond(max(d - 1, 0)) + FUZZ.choice([" && ", " || "]) + cond(max(d - 1, 0))
    return expr(d)
FUNCS = [("abs", 1), ("avg", 1), ("ceil", 1), ("floor", 1), ("contains", 2), ("ends_with", 2), ("starts_with", 2),
         ("join", 2), ("keys", 1), ("values", 1), ("length", 1), ("max", 1), ("min", 1), ("not_null", 2), ("reverse", 1), ("sort", 1), ("sum", 1), ("to_array", 1), ("to_string", 1),
         ("to_number", 1), ("type", 1)]
def func(d):
    r = FUZZ.random()
    if r < 0.2:
        f = FUZZ.choice(["sort_by", "max_by", "min_by", "map"])
        key = "&" + FUZZ.choice(["bar", "baz", "@", "length(@)", "x", "to_number(bar)"])
        arr = FUZZ.choice(["foo", "nums", "strs", "nested", expr(d)])
        return "%s(%s, %s)" % (f, key, arr) if f == "map" else "%s(%s, %s)" % (f, arr, key)
    name, arity = FUZZ.choice(FUNCS)
    return name + "(" + ", ".join(expr(d) for _ in range(arity)) + ")"
def expr(d=3):
    r = FUZZ.random()
    if r < 0.15 and d > 0: e = func(d - 1)
    else: e = atom(d)
    for _ in range(FUZZ.randint(0, 3)):
        e = postfix(e, d)
    r = FUZZ.random()
    if d > 0 and r < 0.1: e = e + " | " + expr(d - 1)
    elif d > 0 and r < 0.2: e = e + FUZZ.choice([" || ", " && "]) + expr(d - 1)
    elif d > 0 and r < 0.27: e = e + " " + FUZZ.choice(["==", "!=", "<", ">="]) + " " + expr(d - 1)
    elif d > 0 and r < 0.3: e = "!" + e
    return e


def fuzz_cases(count):
    seen = set()
    expressions = []
    while len(expressions) < count:
        e = expr(FUZZ.randint(1, 3))
        if e in seen:
            continue
        seen.add(e)
        try:
            json.dumps(jmespath.search(e, FUZZ_DOC))
        except exceptions.JMESPathError:
            pass
        except (TypeError, ValueError, AttributeError):
            continue
        expressions.append(e)
    add("fuzz", FUZZ_DOC, *expressions)


fuzz_cases(800)


def botocore_expressions():
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    found = {}

    def keep(expression, source):
        if isinstance(expression, str):
            found.setdefault(expression, source)

    for path in sorted(glob.glob(os.path.join(data, "*", "*", "paginators-1.json"))):
        source = os.path.relpath(path, data)
        with open(path) as f:
            pagination = json.load(f).get("pagination", {})
        for config in pagination.values():
            for key in ("output_token", "result_key", "non_aggregate_keys"):
                value = config.get(key)
                for expression in value if isinstance(value, list) else [value]:
                    keep(expression, source)
            keep(config.get("more_results"), source)
    for path in sorted(glob.glob(os.path.join(data, "*", "*", "waiters-2.json"))):
        source = os.path.relpath(path, data)
        with open(path) as f:
            waiters = json.load(f).get("waiters", {})
        for waiter in waiters.values():
            for acceptor in waiter.get("acceptors", []):
                if acceptor.get("matcher") in ("path", "pathAll", "pathAny"):
                    keep(acceptor.get("argument"), source)
    out = []
    for expression, source in sorted(found.items()):
        jmespath.compile(expression)  # the reference must accept every one
        out.append({"expression": expression, "source": source})
    return out


def main():
    corpus = {
        "generator": "generate.py with jmespath %s, botocore %s" % (jmespath.__version__, botocore.__version__),
        "groups": CASES,
        "botocoreExpressions": botocore_expressions(),
    }
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "compliance.json"), "w") as f:
        json.dump(corpus, f, indent=1)
        f.write("\n")
    cases = [c for g in CASES for c in g["cases"]]
    errors = sum(1 for c in cases if "error" in c)
    print("%d cases (%d errors), %d botocore expressions" % (len(cases), errors, len(corpus["botocoreExpressions"])))


if __name__ == "__main__":
    main()
