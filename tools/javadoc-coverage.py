#!/usr/bin/env python3
"""Counts the public (and protected) types, methods and constructors of the published modules'
javadoc, and how many have a comment of their own or an inherited one.

Reads the HTML that `mvn -B -Pjavadoc verify -DskipTests` writes to
MODULE/target/reports/apidocs (exported packages only, as users see them), so it counts exactly
what the javadoc shows. Usage: tools/javadoc-coverage.py [MODULE...] (default: the published ones).
"""
import html as entities
import pathlib
import re
import sys

PUBLISHED = ["sdk-core", "sdk-models", "sdk-s3", "sdk-services", "sdk-sync", "sdk-async", "sdk-cli"]
SKIPPED_PAGES = {"package-summary.html", "package-tree.html", "package-use.html", "module-summary.html"}
MEMBER_DETAILS = ("method-details", "constructor-details")


def count_page(html):
    """(type documented?, members, documented members) of one type's page."""
    description = re.search(r'<section class="class-description".*?</section>', html, re.S)
    type_documented = bool(description and '<div class="block">' in description.group(0))
    members = documented = 0
    # The page's detail lists, in order: fields, enum constants, constructors, methods...
    parts = re.split(r'<section class="([a-z-]+)-details"', html)
    for kind, body in zip(parts[1::2], parts[2::2]):
        if kind + "-details" not in MEMBER_DETAILS:
            continue
        for detail in re.findall(r'<section class="detail" id=.*?</section>', body, re.S):
            members += 1
            documented += has_comment(detail)
    return type_documented, members, documented


def has_comment(detail):
    """A comment of its own, or one it inherits: javadoc copies an overridden method's comment
    when it has the source, and otherwise (a JDK method such as toString) links to it under
    "Overrides"/"Specified by", which is how doclint counts it too."""
    return '<div class="block">' in detail or "Overrides:" in detail or "Specified by:" in detail


def undocumented(html):
    """The anchors of the members of one type's page that have no comment."""
    parts = re.split(r'<section class="([a-z-]+)-details"', html)
    for kind, body in zip(parts[1::2], parts[2::2]):
        if kind + "-details" in MEMBER_DETAILS:
            for anchor, detail in re.findall(r'<section class="detail" id="(.*?)">(.*?)</section>', body, re.S):
                if not has_comment(detail):
                    yield entities.unescape(anchor)


def main(modules):
    totals = [0, 0, 0, 0]
    missing = []
    print(f"{'module':<12} {'types':>6} {'documented':>11} {'methods+ctors':>14} {'documented':>11}")
    for module in modules:
        root = pathlib.Path(module, "target", "reports", "apidocs")
        if not root.is_dir():
            sys.exit(f"{root} is missing: run mvn -B -Pjavadoc verify -DskipTests first")
        t = [0, 0, 0, 0]
        for page in root.glob("*/**/*.html"):
            if page.name in SKIPPED_PAGES or "class-use" in page.parts or page.parts[-2] == "src":
                continue
            html = page.read_text(encoding="utf-8")
            if 'class="class-description"' not in html:
                continue
            documented_type, members, documented = count_page(html)
            t[0] += 1
            t[1] += documented_type
            t[2] += members
            t[3] += documented
            missing.extend(f"{module} {page.stem}.{anchor}" for anchor in undocumented(html))
        print(f"{module:<12} {t[0]:>6} {t[1]:>11} {t[2]:>14} {t[3]:>11}")
        totals = [a + b for a, b in zip(totals, t)]
    print(f"{'total':<12} {totals[0]:>6} {totals[1]:>11} {totals[2]:>14} {totals[3]:>11}")
    for member in missing:
        print("no comment:", member)


if __name__ == "__main__":
    main(sys.argv[1:] or PUBLISHED)
