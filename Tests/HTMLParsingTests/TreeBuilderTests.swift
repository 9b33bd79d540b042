import XCTest

@testable import HTMLParsing

/// Table-driven tree construction tests: input HTML and the expected html5lib-style dump.
final class TreeBuilderTests: XCTestCase {
    private struct Case {
        let name: String
        let html: String
        let expected: [String]
    }

    private let cases: [Case] = [
        Case(
            name: "implied html head body", html: "Hello",
            expected: ["<html>", "  <head>", "  <body>", "    \"Hello\""]),
        Case(
            name: "void elements", html: "<p>a<br>b<img src=x.png>c<hr>d",
            expected: [
                "<html>", "  <head>", "  <body>", "    <p>", "      \"a\"", "      <br>", "      \"b\"",
                "      <img>", "        src=\"x.png\"", "      \"c\"", "    <hr>", "    \"d\"",
            ]),
        Case(
            name: "implied end tags of li and p", html: "<ul><li>one<li>two</ul><p>x<p>y",
            expected: [
                "<html>", "  <head>", "  <body>", "    <ul>", "      <li>", "        \"one\"", "      <li>",
                "        \"two\"", "    <p>", "      \"x\"", "    <p>", "      \"y\"",
            ]),
        Case(
            name: "dt and dd close each other", html: "<dl><dt>a<dd>b<dt>c</dl>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <dl>", "      <dt>", "        \"a\"", "      <dd>",
                "        \"b\"", "      <dt>", "        \"c\"",
            ]),
        Case(
            name: "misnested b and i", html: "<b>1<i>2</b>3</i>4",
            expected: [
                "<html>", "  <head>", "  <body>", "    <b>", "      \"1\"", "      <i>", "        \"2\"",
                "    <i>", "      \"3\"", "    \"4\"",
            ]),
        Case(
            name: "div closes p", html: "<p>a<div>b</div>c",
            expected: [
                "<html>", "  <head>", "  <body>", "    <p>", "      \"a\"", "    <div>", "      \"b\"",
                "    \"c\"",
            ]),
        Case(
            name: "adoption agency with a block", html: "<b>a<p>b</b>c</p>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <b>", "      \"a\"", "    <p>", "      <b>",
                "        \"b\"", "      \"c\"",
            ]),
        Case(
            name: "foster parenting of text and elements",
            html: "<table>a<tr><td>b</td></tr>c<b>d</b></table>",
            expected: [
                "<html>", "  <head>", "  <body>", "    \"ac\"", "    <b>", "      \"d\"", "    <table>",
                "      <tbody>", "        <tr>", "          <td>", "            \"b\"",
            ]),
        Case(
            name: "table whitespace stays", html: "<table> <tr> <td>x</td> </tr> </table>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <table>", "      \" \"", "      <tbody>",
                "        <tr>", "          \" \"", "          <td>", "            \"x\"", "          \" \"",
                "        \" \"",
            ]),
        Case(
            name: "nested anchors", html: "<a href=x>1<a href=y>2</a>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <a>", "      href=\"x\"", "      \"1\"", "    <a>",
                "      href=\"y\"", "      \"2\"",
            ]),
        Case(
            name: "unclosed elements at end of input", html: "<div><span><em>text",
            expected: [
                "<html>", "  <head>", "  <body>", "    <div>", "      <span>", "        <em>",
                "          \"text\"",
            ]),
        Case(
            name: "raw text elements",
            html:
                "<title>a<b></title><style>p{}</style><script>if(a<b){}</script><textarea>\n<i>x</textarea>",
            expected: [
                "<html>", "  <head>", "    <title>", "      \"a<b>\"", "    <style>", "      \"p{}\"",
                "    <script>", "      \"if(a<b){}\"", "  <body>", "    <textarea>", "      \"<i>x\"",
            ]),
        Case(
            name: "stray end tags and end br and p", html: "</span>a</div></br></p>b",
            expected: [
                "<html>", "  <head>", "  <body>", "    \"a\"", "    <br>", "    <p>", "    \"b\"",
            ]),
        Case(
            name: "image becomes img", html: "<image src=a>",
            expected: ["<html>", "  <head>", "  <body>", "    <img>", "      src=\"a\""]),
        Case(
            name: "svg and math subtrees",
            html:
                "<p><svg viewbox=\"0 0 1 1\"><foreignobject><b>x</b></foreignobject><path/></svg><math><mi>y</mi></math>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <p>", "      <svg svg>", "        viewBox=\"0 0 1 1\"",
                "        <svg foreignObject>", "          <b>", "            \"x\"", "        <svg path>",
                "      <math math>", "        <math mi>", "          \"y\"",
            ]),
        Case(
            name: "breakout from svg", html: "<svg><g><p>text</svg>",
            expected: [
                "<html>", "  <head>", "  <body>", "    <svg svg>", "      <svg g>", "    <p>",
                "      \"text\"",
            ]),
        Case(
            name: "template contents dropped", html: "<p>a<template><b>hidden</b></template>b",
            expected: [
                "<html>", "  <head>", "  <body>", "    <p>", "      \"a\"", "      <template>", "      \"b\"",
            ]),
        Case(
            name: "comments and doctype dropped", html: "<!DOCTYPE html><!-- c --><p>a<!-- d -->b",
            expected: ["<html>", "  <head>", "  <body>", "    <p>", "      \"ab\""]),
        Case(
            name: "noscript content is markup", html: "<body><noscript><p>no js</p></noscript>",
            expected: ["<html>", "  <head>", "  <body>", "    <noscript>", "      <p>", "        \"no js\""]),
        Case(
            name: "CRLF becomes LF", html: "<pre>\r\na\r\nb</pre>",
            expected: ["<html>", "  <head>", "  <body>", "    <pre>", "      \"a\nb\""]),
        Case(
            name: "select and options", html: "<select><option>a<option>b</select>c",
            expected: [
                "<html>", "  <head>", "  <body>", "    <select>", "      <option>", "        \"a\"",
                "      <option>", "        \"b\"", "    \"c\"",
            ]),
        Case(
            name: "quirks table inside p", html: "<p><table></table>",
            expected: ["<html>", "  <head>", "  <body>", "    <p>", "      <table>"]),
        Case(
            name: "standards table closes p", html: "<!DOCTYPE html><p><table></table>",
            expected: ["<html>", "  <head>", "  <body>", "    <p>", "    <table>"]),
        Case(
            name: "headings close headings", html: "<h1>a<h2>b</h1>c",
            expected: [
                "<html>", "  <head>", "  <body>", "    <h1>", "      \"a\"", "    <h2>", "      \"b\"",
                "    \"c\"",
            ]),
        Case(
            name: "anchor around a block", html: "<a href=u><p>x</a>y",
            expected: [
                "<html>", "  <head>", "  <body>", "    <a>", "      href=\"u\"", "    <p>", "      <a>",
                "        href=\"u\"", "        \"x\"", "      \"y\"",
            ]),
        Case(
            name: "cells close cells", html: "<table><tr><td>a<td>b<tr><th>c</table>d",
            expected: [
                "<html>", "  <head>", "  <body>", "    <table>", "      <tbody>", "        <tr>",
                "          <td>",
                "            \"a\"", "          <td>", "            \"b\"", "        <tr>", "          <th>",
                "            \"c\"", "    \"d\"",
            ]),
        Case(
            name: "frameset replaces an empty body", html: "<frameset><frame src=a></frameset>",
            expected: ["<html>", "  <head>", "  <frameset>", "    <frame>", "      src=\"a\""]),
        Case(
            name: "formatting reconstructed after block", html: "<p><b>a</p><p>b",
            expected: [
                "<html>", "  <head>", "  <body>", "    <p>", "      <b>", "        \"a\"", "    <p>",
                "      <b>", "        \"b\"",
            ]),
    ]

    func testCases() {
        for testCase in cases {
            let document = HTMLDocument.parse(testCase.html)
            let expected = testCase.expected.map { "| " + $0 }.joined(separator: "\n")
            XCTAssertEqual(document.dump(), expected, testCase.name)
        }
    }

    func testSplitCharacterTokensMergeIntoOneTextNode() {
        let tokens: [Token] = [
            .startTag(Tag(name: "p")), .character("a"), .character("b"), .comment("x"), .character("c"),
            .endTag(Tag(name: "p")), .character("\0d"),
        ]
        let document = HTMLDocument.parse(tokens: FakeTokenSource(tokens))
        XCTAssertEqual(
            document.dump(),
            """
            | <html>
            |   <head>
            |   <body>
            |     <p>
            |       "abc"
            |     "d"
            """)
    }

    func testSkippedLeadingNewlineOnlyInTheNextToken() {
        let tokens: [Token] = [
            .startTag(Tag(name: "pre")), .character("\n"), .character("\nx"), .endTag(Tag(name: "pre")),
        ]
        let document = HTMLDocument.parse(tokens: FakeTokenSource(tokens))
        XCTAssertEqual(document.textContent(of: document.root), "\nx")
    }

    func testBaseURLIsFirstBaseWithHref() {
        let document = HTMLDocument.parse("<base target=x><base href=/one/><base href=/two/><p>x")
        XCTAssertEqual(document.baseURL, "/one/")
        XCTAssertNil(HTMLDocument.parse("<p>x").baseURL)
    }

    func testDoctypeNameIsKept() {
        XCTAssertEqual(HTMLDocument.parse("<!DOCTYPE html><p>x").doctype, "html")
        XCTAssertFalse(HTMLDocument.parse("<!DOCTYPE html><p>x").isQuirksMode)
        XCTAssertTrue(HTMLDocument.parse("<p>x").isQuirksMode)
    }

    func testRawTextElementsSwitchTheTokenizer() {
        let log = FakeTokenSource.Log()
        _ = FakeMarkup.parse(
            "<title>t</title><style>s</style><script>x</script><textarea>a</textarea><plaintext>p", log: log)
        XCTAssertEqual(log.switches, [.rcdata, .rawtext, .scriptData, .rcdata, .plaintext])
    }

    func testCDATAIsAllowedOnlyInForeignContent() {
        let log = FakeTokenSource.Log()
        _ = FakeMarkup.parse("<p>a<svg>b</svg>c", log: log)
        // Set before each of the 7 reads: <p>, "a", <svg>, "b", </svg>, "c", end of file.
        XCTAssertEqual(log.cdataFlags, [false, false, false, true, true, false, false])
    }
}
