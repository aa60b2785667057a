using System.Buffers;

namespace Pipeline.Core.Html;

/// <summary>
/// Empties the bodies of scripts, styles and comments in HTML source before it is parsed, following the HTML tokenizer's rules for where
/// each ends, so that the parsed tree is the one the whole source gives with those bodies empty. On news pages they are over half the bytes,
/// and no stage reads them: JSON-LD scripts and scripts holding one of the given markers (the script date keys) keep their text.
/// Where the source leaves the cases it follows (frames, a plaintext element, HTML inside SVG or MathML), the rest is passed on unchanged.
/// </summary>
public sealed class ScriptStyleBodyRemover
{
    private const string JsonLdType = "ld+json";

    private static readonly SearchValues<char> DashOrLessThan = SearchValues.Create("-<");

    /// <summary>Elements whose start tag takes the page out of SVG or MathML back into HTML, where this scan stops following it.</summary>
    private static readonly HashSet<string> ForeignBreakouts = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    /// <summary>Elements inside SVG or MathML whose content may be read as HTML (integration points) or raw text: followed only while they hold plain text.</summary>
    private static readonly HashSet<string> ForeignTextOnly = new(StringComparer.Ordinal)
    {
        "foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext",
        "script", "style", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    private readonly SearchValues<string>? _keptScriptMarkers;

    /// <param name="keptScriptMarkers">Strings (case-sensitive) that make a script keep its text, because a stage reads scripts holding them.</param>
    public ScriptStyleBodyRemover(IEnumerable<string> keptScriptMarkers)
    {
        ArgumentNullException.ThrowIfNull(keptScriptMarkers);
        var markers = keptScriptMarkers.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _keptScriptMarkers = markers.Length == 0 ? null : SearchValues.Create(markers, StringComparison.Ordinal);
    }

    /// <summary>The source with script, style and comment bodies emptied; the same string when there was nothing to empty.</summary>
    public string Remove(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var removed = new List<Range>();
        new Scan(html, removed, _keptScriptMarkers).Run();
        return removed.Count == 0 ? html : Splice(html, removed);
    }

    private static string Splice(string html, List<Range> removed)
    {
        var length = html.Length;
        foreach (var range in removed)
        {
            length -= range.End.Value - range.Start.Value;
        }

        return string.Create(length, (html, removed), static (target, state) =>
        {
            var (source, cuts) = state;
            var from = 0;
            foreach (var cut in cuts)
            {
                var kept = source.AsSpan(from, cut.Start.Value - from);
                kept.CopyTo(target);
                target = target[kept.Length..];
                from = cut.End.Value;
            }

            source.AsSpan(from).CopyTo(target);
        });
    }

    /// <summary>One pass over the source in the tokenizer's data state, with the states entered by script, style and the other raw-text elements.</summary>
    private ref struct Scan(string html, List<Range> removed, SearchValues<string>? keptScriptMarkers)
    {
        private readonly string _s = html;
        private readonly List<Range> _removed = removed;
        private readonly SearchValues<string>? _markers = keptScriptMarkers;

        // Open SVG/MathML elements, innermost last; empty while the page is in HTML.
        private List<string>? _foreign;

        // A <select> was opened and not yet closed: a style there is not raw text (it is ignored and its text read as markup).
        private bool _inSelect;

        public void Run()
        {
            var s = _s;
            var p = 0;
            while (p < s.Length)
            {
                var lt = s.IndexOf('<', p);
                if (lt < 0 || lt + 1 >= s.Length)
                {
                    return;
                }

                var c = s[lt + 1];
                int next;
                if (c == '!')
                {
                    next = MarkupDeclaration(lt);
                }
                else if (c == '?')
                {
                    next = ToTagClose(lt + 2);
                }
                else if (c == '/')
                {
                    next = EndTag(lt);
                }
                else if (char.IsAsciiLetter(c))
                {
                    next = StartTag(lt);
                }
                else
                {
                    next = lt + 1;
                }

                if (next < 0)
                {
                    return;
                }

                p = next;
            }
        }

        /// <summary>After "&lt;!": a comment (its text removed), a CDATA section inside SVG/MathML, or a doctype or bogus comment ending at the next "&gt;".</summary>
        private readonly int MarkupDeclaration(int lt)
        {
            var s = _s;
            if (string.CompareOrdinal(s, lt, "<!--", 0, 4) == 0)
            {
                // "<!-->" and "<!--->" end at once; otherwise the comment runs to the first "-->" or "--!>".
                var close = s.IndexOf("-->", lt + 2, StringComparison.Ordinal);
                var bang = s.IndexOf("--!>", lt + 4, StringComparison.Ordinal);
                if (close < 0 && bang < 0)
                {
                    return -1;
                }

                var (end, closeLength) = close >= 0 && (bang < 0 || close < bang) ? (close, 3) : (bang, 4);
                if (end > lt + 4)
                {
                    _removed.Add(new Range(lt + 4, end));
                }

                return end + closeLength;
            }

            if (_foreign is { Count: > 0 } && string.CompareOrdinal(s, lt, "<![CDATA[", 0, 9) == 0)
            {
                // Outside SVG/MathML proper (an ignored <svg> in a select) this is a bogus comment ending at the first ">": followed only
                // when both readings agree that it holds no markup.
                var end = s.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                return end < 0 || s.AsSpan(lt + 9, end - lt - 9).Contains('<') ? -1 : end + 3;
            }

            return ToTagClose(lt + 2);
        }

        private readonly int ToTagClose(int from)
        {
            var end = _s.IndexOf('>', from);
            return end < 0 ? -1 : end + 1;
        }

        private int EndTag(int lt)
        {
            var s = _s;
            if (lt + 2 >= s.Length)
            {
                return -1;
            }

            if (!char.IsAsciiLetter(s[lt + 2]))
            {
                // "</>" is dropped; anything else is a bogus comment up to the next ">".
                return s[lt + 2] == '>' ? lt + 3 : ToTagClose(lt + 2);
            }

            var (name, afterName) = TagName(lt + 2);
            var close = TagClose(afterName, out _);
            if (close < 0)
            {
                return -1;
            }

            if (_foreign is { Count: > 0 } foreign)
            {
                // An end tag closes the innermost open foreign element of its name; one that names none (or p, br) acts on HTML.
                var open = foreign.LastIndexOf(name);
                if (open < 0 || name is "p" or "br")
                {
                    return -1;
                }

                foreign.RemoveRange(open, foreign.Count - open);
            }
            else if (name == "select")
            {
                _inSelect = false;
            }

            return close + 1;
        }

        private int StartTag(int lt)
        {
            var s = _s;
            var (name, afterName) = TagName(lt + 1);
            var close = TagClose(afterName, out var selfClosing);
            if (close < 0)
            {
                return -1;
            }

            var body = close + 1;
            if (_foreign is { Count: > 0 } foreign)
            {
                if (ForeignBreakouts.Contains(name))
                {
                    return -1;
                }

                if (!selfClosing)
                {
                    if (ForeignTextOnly.Contains(name) && !HoldsOnlyText(body, name))
                    {
                        return -1;
                    }

                    foreign.Add(name);
                }

                return body;
            }

            switch (name)
            {
                case "script":
                    return ScriptElement(lt, close, body);
                case "style":
                    if (_inSelect)
                    {
                        // Inside a select the style tag is ignored and its text read as markup: safe to pass over only when it holds none.
                        return HoldsOnlyText(body, name) ? body : -1;
                    }

                    return RemoveUntilEndTag(body, name);
                case "title" or "textarea" or "xmp" or "iframe" or "noembed" or "noframes":
                    return SkipUntilEndTag(body, name);
                case "plaintext" or "frameset":
                    return -1;
                case "svg" or "math":
                    if (!selfClosing)
                    {
                        (_foreign ??= []).Add(name);
                    }

                    return body;
                case "select":
                    _inSelect = true;
                    return body;
                default:
                    return body;
            }
        }

        private readonly int ScriptElement(int lt, int close, int body)
        {
            var end = ScriptDataEnd(body);
            if (end < 0)
            {
                // Unterminated: the script runs to the end of the source, kept as it is.
                return -1;
            }

            var text = _s.AsSpan(body, end - body);
            var kept = _s.AsSpan(lt, close - lt).Contains(JsonLdType, StringComparison.OrdinalIgnoreCase)
                || _s.AsSpan(lt, close - lt).Contains('&')
                || (_markers is not null && text.ContainsAny(_markers));
            if (!kept && end > body)
            {
                _removed.Add(new Range(body, end));
            }

            return end;
        }

        private readonly int RemoveUntilEndTag(int body, string name)
        {
            var end = RawTextEnd(body, name);
            if (end < 0)
            {
                return -1;
            }

            if (end > body)
            {
                _removed.Add(new Range(body, end));
            }

            return end;
        }

        private readonly int SkipUntilEndTag(int body, string name)
        {
            var end = RawTextEnd(body, name);
            return end < 0 ? -1 : end;
        }

        /// <summary>Whether the element's text up to its end tag holds no "&lt;": then markup, raw text and RCDATA rules read it alike.</summary>
        private readonly bool HoldsOnlyText(int body, string name)
        {
            var lt = _s.IndexOf('<', body);
            return lt >= 0 && IsEndTagAt(lt, name);
        }

        /// <summary>The position of the "&lt;/name" that ends a raw-text or RCDATA element, or -1 when the element runs to the end.</summary>
        private readonly int RawTextEnd(int from, string name)
        {
            var s = _s;
            for (var p = from; p < s.Length;)
            {
                var at = s.IndexOf("</", p, StringComparison.Ordinal);
                if (at < 0)
                {
                    return -1;
                }

                if (IsEndTagAt(at, name))
                {
                    return at;
                }

                p = at + 2;
            }

            return -1;
        }

        /// <summary>
        /// The position of the "&lt;/script" that ends a script, or -1 when it runs to the end: the tokenizer's script data states, in which
        /// "&lt;!--" opens an escaped run and a "&lt;script" inside that run hides the next "&lt;/script" until "--&gt;" or its own end tag.
        /// </summary>
        private readonly int ScriptDataEnd(int from)
        {
            var s = _s;
            var p = from;
            while (true)
            {
                // Script data: only "</script" and "<!--" matter.
                var lt = s.IndexOf('<', p);
                if (lt < 0)
                {
                    return -1;
                }

                if (IsEndTagAt(lt, "script"))
                {
                    return lt;
                }

                if (string.CompareOrdinal(s, lt, "<!--", 0, 4) != 0)
                {
                    p = lt + 1;
                    continue;
                }

                var escapedEnd = EscapedRun(lt + 4, out var endsScript);
                if (escapedEnd < 0 || endsScript)
                {
                    return escapedEnd;
                }

                p = escapedEnd;
            }
        }

        /// <summary>
        /// Follows an escaped run that starts after "&lt;!--" (in the dash-dash state). Returns where script data resumes after "--&gt;", or
        /// with <paramref name="endsScript"/> the position of the "&lt;/script" that ends the script; -1 at the end of the source.
        /// </summary>
        private readonly int EscapedRun(int from, out bool endsScript)
        {
            var s = _s;
            endsScript = false;
            var dashes = 2;
            var doubleEscaped = false;
            var p = from;
            while (p < s.Length)
            {
                var c = s[p];
                if (c == '-')
                {
                    dashes++;
                    p++;
                    continue;
                }

                if (c == '>' && dashes >= 2)
                {
                    return p + 1;
                }

                if (c == '<')
                {
                    dashes = 0;
                    if (!doubleEscaped && IsEndTagAt(p, "script"))
                    {
                        endsScript = true;
                        return p;
                    }

                    var letters = p + 1;
                    var closing = letters < s.Length && s[letters] == '/';
                    if (closing == doubleEscaped)
                    {
                        // "<script" enters the double-escaped state; there "</script" leaves it. Either needs a delimiter after the name.
                        var name = closing ? letters + 1 : letters;
                        var afterName = name;
                        while (afterName < s.Length && char.IsAsciiLetter(s[afterName]))
                        {
                            afterName++;
                        }

                        if (afterName < s.Length && afterName - name == 6 && IsDelimiter(s[afterName])
                            && s.AsSpan(name, 6).Equals("script", StringComparison.OrdinalIgnoreCase))
                        {
                            doubleEscaped = !doubleEscaped;
                            p = afterName + 1;
                            continue;
                        }

                        p = afterName;
                        continue;
                    }

                    p++;
                    continue;
                }

                dashes = 0;
                var nextSpecial = s.AsSpan(p + 1).IndexOfAny(DashOrLessThan);
                if (nextSpecial < 0)
                {
                    return -1;
                }

                p += 1 + nextSpecial;
            }

            return -1;
        }

        /// <summary>Whether "&lt;/name" followed by whitespace, "/" or "&gt;" starts at <paramref name="at"/> (the name case-insensitive).</summary>
        private readonly bool IsEndTagAt(int at, string name)
        {
            var s = _s;
            var after = at + 2 + name.Length;
            return after < s.Length && s[at] == '<' && s[at + 1] == '/' && IsDelimiter(s[after])
                && s.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsDelimiter(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';

        private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

        /// <summary>The lower-cased tag name starting at <paramref name="from"/> and the position after it.</summary>
        private readonly (string Name, int End) TagName(int from)
        {
            var s = _s;
            var end = from;
            while (end < s.Length && !IsDelimiter(s[end]))
            {
                end++;
            }

            var raw = s.AsSpan(from, end - from);
            return (KnownName(raw) ?? raw.ToString().ToLowerInvariant(), end);
        }

        /// <summary>The names this scan acts on, without allocating; other names only matter inside SVG/MathML.</summary>
        private static string? KnownName(ReadOnlySpan<char> raw) =>
            raw.Equals("script", StringComparison.OrdinalIgnoreCase) ? "script"
            : raw.Equals("style", StringComparison.OrdinalIgnoreCase) ? "style"
            : raw.Equals("div", StringComparison.OrdinalIgnoreCase) ? "div"
            : raw.Equals("a", StringComparison.OrdinalIgnoreCase) ? "a"
            : raw.Equals("span", StringComparison.OrdinalIgnoreCase) ? "span"
            : raw.Equals("p", StringComparison.OrdinalIgnoreCase) ? "p"
            : raw.Equals("path", StringComparison.OrdinalIgnoreCase) ? "path"
            : raw.Equals("svg", StringComparison.OrdinalIgnoreCase) ? "svg"
            : raw.Equals("li", StringComparison.OrdinalIgnoreCase) ? "li"
            : null;

        /// <summary>
        /// The position of the "&gt;" that closes a tag whose attributes start at <paramref name="from"/>, following the tokenizer's attribute
        /// states (a quoted value may hold "&gt;"); -1 when the source ends inside the tag.
        /// </summary>
        private readonly int TagClose(int from, out bool selfClosing)
        {
            var s = _s;
            selfClosing = false;
            var p = from;
            while (p < s.Length)
            {
                var c = s[p];
                if (IsWhitespace(c))
                {
                    p++;
                    continue;
                }

                if (c == '>')
                {
                    return p;
                }

                if (c == '/')
                {
                    // Self-closing start tag state: "/>" closes, anything else is reread as the start of an attribute.
                    if (p + 1 < s.Length && s[p + 1] == '>')
                    {
                        selfClosing = true;
                        return p + 1;
                    }

                    p++;
                    continue;
                }

                // Attribute name: its first character may be "=" or a quote; it runs to whitespace, "/", ">" or "=".
                p++;
                while (p < s.Length && !IsDelimiter(s[p]) && s[p] != '=')
                {
                    p++;
                }

                while (p < s.Length && IsWhitespace(s[p]))
                {
                    p++;
                }

                if (p >= s.Length || s[p] != '=')
                {
                    continue;
                }

                p++;
                while (p < s.Length && IsWhitespace(s[p]))
                {
                    p++;
                }

                if (p >= s.Length)
                {
                    return -1;
                }

                if (s[p] is '"' or '\'')
                {
                    var quote = s.IndexOf(s[p], p + 1);
                    if (quote < 0)
                    {
                        return -1;
                    }

                    p = quote + 1;
                    continue;
                }

                // Unquoted value: up to whitespace or ">" (a "/" belongs to the value).
                while (p < s.Length && !IsWhitespace(s[p]) && s[p] != '>')
                {
                    p++;
                }
            }

            return -1;
        }
    }
}
