import MarkdownConversion
import XCTest

/// Hexo tag plugins and Liquid/Jinja remnants, rewritten before cmark; code is left alone.
final class TemplateTagTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        MarkdownConverter().convert(markdown).html
    }

    func testAssetImageWithQuotedAltAndFollowingText() {
        XCTAssertEqual(
            html("{% asset_img 2019-01-cat.png \"一只 猫\" %}\n下面是**说明**"),
            "<p><img src=\"2019-01-cat.png\" alt=\"一只 猫\" />\n下面是<strong>说明</strong></p>\n")
        XCTAssertEqual(
            html("{% asset_img diagram.png The big picture %}"),
            "<p><img src=\"diagram.png\" alt=\"The big picture\" /></p>\n")
    }

    func testImgWithClassSizeTitleAndAlt() {
        XCTAssertEqual(
            html("{% img left /images/a.jpg 300 200 \"Title text\" \"Alt text\" %}"),
            "<p><img src=\"/images/a.jpg\" alt=\"Alt text\" title=\"Title text\" /></p>\n")
        XCTAssertEqual(
            html("{% img http://x.org/b.png %}"), "<p><img src=\"http://x.org/b.png\" alt=\"\" /></p>\n")
    }

    func testLinkWithTextExternalFlagAndTitle() {
        XCTAssertEqual(
            html("见 {% link Hexo 文档 https://hexo.io/docs/ true 官方文档 %}。"),
            "<p>见 <a href=\"https://hexo.io/docs/\" title=\"官方文档\">Hexo 文档</a>。</p>\n")
    }

    func testBlockquoteWithAuthorSourceAndLinkKeepsMarkdownInside() {
        let markdown = """
            {% blockquote David Levithan, Wide Awake http://example.com/wa %}
            Do not just *seek* happiness.

            - a list
            {% endblockquote %}
            after
            """
        XCTAssertEqual(
            html(markdown),
            "<blockquote>\n<p>Do not just <em>seek</em> happiness.</p>\n<ul>\n<li>a list</li>\n</ul>\n"
                + "<p class=\"folio-cite\">— <cite>David Levithan, <a href=\"http://example.com/wa\">Wide Awake</a></cite></p>\n"
                + "</blockquote>\n<p>after</p>\n")
    }

    func testBlockquoteWithoutArgumentsHasNoCite() {
        XCTAssertEqual(
            html("{% blockquote %}\n引用\n{% endblockquote %}"), "<blockquote>\n<p>引用</p>\n</blockquote>\n")
    }

    func testCodeblockBecomesFencedCodeAndItsContentIsNotRewritten() {
        XCTAssertEqual(
            html("{% codeblock lang:objc %}\n[rect setX: 10];\n{{ not.a.remnant }}\n{% endcodeblock %}"),
            "<pre><code class=\"language-objc\">[rect setX: 10];\n{{ not.a.remnant }}\n</code></pre>\n")
        XCTAssertEqual(
            html("{% codeblock ruby %}\nputs 1\n{% endcodeblock %}"),
            "<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n")
        XCTAssertEqual(
            html("{% highlight python linenos %}\nprint(\"```\")\n{% endhighlight %}"),
            "<pre><code class=\"language-python\">print(&quot;```&quot;)\n</code></pre>\n")
    }

    func testCodeblockCaptionFromTitleAndURL() {
        XCTAssertEqual(
            html(
                "{% codeblock Array.map http://underscorejs.org/#compact Underscore %}\nmap()\n{% endcodeblock %}"
            ),
            "<p>Array.map <a href=\"http://underscorejs.org/#compact\">Underscore</a></p>\n<pre><code>map()\n</code></pre>\n"
        )
    }

    func testRawKeepsItsTextAsWritten() {
        XCTAssertEqual(
            html("{% raw %}{{ page.title }} *md*{% endraw %}"), "<p>{{ page.title }} <em>md</em></p>\n")
        XCTAssertEqual(html("{% raw %}\n{% note %}\n{% endraw %}"), "<p>{% note %}</p>\n")
    }

    func testEmbedsBecomeIframesAndVideoALink() {
        XCTAssertEqual(
            html("{% youtube lJIrF4YjHfQ %}\nnext *line*"),
            "<iframe src=\"https://www.youtube.com/embed/lJIrF4YjHfQ\"></iframe>\n<p>next <em>line</em></p>\n"
        )
        XCTAssertEqual(
            html("{% iframe https://example.com/embed 640 480 %}"),
            "<iframe src=\"https://example.com/embed\"></iframe>\n")
        XCTAssertEqual(
            html("看 {% video https://example.com/v.mp4 %}"),
            "<p>看 <a href=\"https://example.com/v.mp4\">video</a></p>\n")
    }

    func testUnknownTagsStayVisibleAsDimSpansAroundTheirContent() {
        XCTAssertEqual(
            html("{% note info %}\nA *note* <b>&</b>.\n{% endnote %}"),
            "<p><span class=\"folio-template\">{% note info %}</span>\nA <em>note</em> <b>&amp;</b>.\n"
                + "<span class=\"folio-template\">{% endnote %}</span></p>\n")
    }

    func testLiquidRemnantsAreDimSpansWithTheirLiteralText() {
        XCTAssertEqual(
            html("Title: {{ page.title | default: \"*x* <y>\" }}"),
            "<p>Title: <span class=\"folio-template\">{{ page.title | default: &quot;*x* &lt;y&gt;&quot; }}</span></p>\n"
        )
        // A line of the corpus (a nuclei template variable inside Chinese prose).
        XCTAssertEqual(
            html("自动使用 {{Hostname}}、{{interactsh-url}} 等，保证模板的通用性。"),
            "<p>自动使用 <span class=\"folio-template\">{{Hostname}}</span>、"
                + "<span class=\"folio-template\">{{interactsh-url}}</span> 等，保证模板的通用性。</p>\n")
    }

    func testTagsInsideRawHTMLBlocksBecomeHTML() {
        XCTAssertEqual(
            html("<div>\n{% asset_img a.png \"x\" %} {{ y }}\n</div>"),
            "<div>\n<img src=\"a.png\" alt=\"x\"> <span class=\"folio-template\">{{ y }}</span>\n</div>\n")
    }

    func testCodeIsNeverRewritten() {
        XCTAssertEqual(
            html("```liquid\n{% asset_img a.png %}\n{{ page.title }}\n```"),
            "<pre><code class=\"language-liquid\">{% asset_img a.png %}\n{{ page.title }}\n</code></pre>\n")
        XCTAssertEqual(
            html("text\n\n    {{ indented }}\n"), "<p>text</p>\n<pre><code>{{ indented }}\n</code></pre>\n")
        XCTAssertEqual(
            html("Use `{% asset_img a.png %}` or ``{{ x }}`` here."),
            "<p>Use <code>{% asset_img a.png %}</code> or <code>{{ x }}</code> here.</p>\n")
    }

    func testUnclosedAndMalformedTagsNeverDisappear() {
        XCTAssertEqual(html("{{ open"), "<p>{{ open</p>\n")
        XCTAssertEqual(
            html("{% endblockquote %}"), "<p><span class=\"folio-template\">{% endblockquote %}</span></p>\n")
        XCTAssertEqual(html("{% codeblock %}\nno end"), "<pre><code>no end\n</code></pre>\n")
        XCTAssertEqual(html("{% blockquote %}\nno end"), "<blockquote>\n<p>no end</p>\n</blockquote>\n")
        XCTAssertEqual(html("{% img %}"), "<p><span class=\"folio-template\">{% img %}</span></p>\n")
    }
}

extension TemplateTagTests {
    func testRemnantsStartingALinkDestinationAreDroppedToKeepTheLink() {
        XCTAssertEqual(
            MarkdownConverter().convert("![图]({{ site.baseurl }}/img/a.png) [home]({{site.url}}/)").html,
            "<p><img src=\"/img/a.png\" alt=\"图\" /> <a href=\"/\">home</a></p>\n")
        XCTAssertEqual(
            MarkdownConverter().convert("<div>\n<img src=\"{{ site.baseurl }}/b.png\">\n</div>").html,
            "<div>\n<img src=\"/b.png\">\n</div>\n")
    }
}

extension TemplateTagTests {
    func testCodeInsideListsAndQuotesIsNotRewritten() {
        XCTAssertEqual(
            MarkdownConverter().convert("- item\n\n  ```js\n  {{ x }}\n  ```\n- ```\n  {% raw %}\n  ```")
                .html,
            "<ul>\n<li>\n<p>item</p>\n<pre><code class=\"language-js\">{{ x }}\n</code></pre>\n</li>\n"
                + "<li>\n<pre><code>{% raw %}\n</code></pre>\n</li>\n</ul>\n")
        XCTAssertEqual(
            MarkdownConverter().convert("> ```\n> {{ x }}\n> ```\n\n{{ y }}").html,
            "<blockquote>\n<pre><code>{{ x }}\n</code></pre>\n</blockquote>\n"
                + "<p><span class=\"folio-template\">{{ y }}</span></p>\n")
    }
}
