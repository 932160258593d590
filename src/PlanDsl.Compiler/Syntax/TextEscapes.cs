using System.Globalization;
using System.Text;

namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// The escapes of a quoted text (docs/language.md, "Lexical rules"): <c>\\</c> a backslash, <c>\"</c> a
/// quote, <c>\n</c> a line break, <c>\t</c> a tab, <c>\r</c> a carriage return and <c>\u{1F600}</c> the
/// Unicode scalar value of 1 to 6 hexadecimal digits. Any other backslash is an unknown escape
/// (PD0016) and stays in the text as written. Triple-quoted texts have no escapes.
/// </summary>
public static class TextEscapes
{
    /// <summary>An escape in a text body: where it starts (at the backslash), how long it is, and its value (null: unknown).</summary>
    public readonly record struct Escape(int Index, int Length, string? Value);

    /// <summary>The body with every known escape replaced by its value.</summary>
    public static string Unescape(string body)
    {
        if (!body.Contains('\\')) return body;
        var sb = new StringBuilder(body.Length);
        var i = 0;
        foreach (var escape in Find(body))
        {
            sb.Append(body, i, escape.Index - i);
            sb.Append(escape.Value ?? body.Substring(escape.Index, escape.Length));
            i = escape.Index + escape.Length;
        }
        sb.Append(body, i, body.Length - i);
        return sb.ToString();
    }

    /// <summary>Every escape of the body, in order.</summary>
    public static IEnumerable<Escape> Find(string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\') continue;
            if (i + 1 >= body.Length)
            {
                yield return new Escape(i, 1, null);
                yield break;
            }
            var escape = body[i + 1] switch
            {
                '\\' => new Escape(i, 2, "\\"),
                '"' => new Escape(i, 2, "\""),
                'n' => new Escape(i, 2, "\n"),
                't' => new Escape(i, 2, "\t"),
                'r' => new Escape(i, 2, "\r"),
                'u' => CodePoint(body, i),
                _ => new Escape(i, 2, null),
            };
            yield return escape;
            i += escape.Length - 1;
        }
    }

    /// <summary><c>\u{…}</c>: 1 to 6 hex digits naming a Unicode scalar value (not a surrogate).</summary>
    private static Escape CodePoint(string body, int start)
    {
        var open = start + 2;
        if (open >= body.Length || body[open] != '{') return new Escape(start, 2, null);
        var close = body.IndexOf('}', open);
        var digits = close < 0 ? "" : body[(open + 1)..close];
        if (digits.Length is < 1 or > 6 || !digits.All(char.IsAsciiHexDigit)
            || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            return new Escape(start, close < 0 ? 2 : close - start + 1, null);
        return new Escape(start, close - start + 1, char.ConvertFromUtf32(value));
    }
}
