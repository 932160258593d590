using System.Text;
using System.Text.Json;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;

namespace PlanDsl.Compiler.Analysis;

/// <summary>
/// <c>plandsl.lint.json</c> beside a catalog's file: <c>{ "rules": { "tier-dominance": "error", "PD0842": "off" } }</c>,
/// the way ESLint's and Bicep's configuration files name rules and levels.
/// </summary>
public static class LintConfigFile
{
    public const string FileName = "plandsl.lint.json";

    /// <summary>The config file's path for a catalog file (same folder).</summary>
    public static string PathFor(string catalogFile)
    {
        var slash = catalogFile.LastIndexOf('/');
        return slash < 0 ? FileName : catalogFile[..(slash + 1)] + FileName;
    }

    /// <summary>Applies the file's settings; a malformed file is PD0805 at the place it goes wrong.</summary>
    internal static void Apply(string path, string text, LintSettings settings, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, path, bytes, diagnostics);
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var section = reader.GetString();
                if (section != "rules")
                {
                    diagnostics.Report(DiagnosticCodes.LintBadConfig, SpanAt(path, bytes, reader.TokenStartIndex), $"unknown setting '{section}'; expected \"rules\"");
                    reader.Skip();
                    Next(ref reader);
                    reader.Skip();
                    continue;
                }
                Expect(ref reader, JsonTokenType.StartObject, path, bytes, diagnostics);
                while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var nameSpan = SpanAt(path, bytes, reader.TokenStartIndex);
                    Next(ref reader);
                    var levelSpan = SpanAt(path, bytes, reader.TokenStartIndex);
                    if (reader.TokenType == JsonTokenType.String) settings.Set(name, reader.GetString()!, nameSpan, levelSpan, diagnostics);
                    else
                    {
                        diagnostics.Report(DiagnosticCodes.LintBadLevel, levelSpan, TokenText(ref reader));
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException e)
        {
            // The reader counts bytes within the line; a column counts characters (é is two bytes, one column).
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharacterColumn(bytes, line, e.BytePositionInLine ?? 0);
            diagnostics.Report(DiagnosticCodes.LintBadConfig, new SourceSpan(path, line, column, line, column + 1), FirstSentence(e.Message));
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Report(DiagnosticCodes.LintBadConfig, new SourceSpan(path, 1, 1, 1, 1), FirstSentence(e.Message));
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (!Next(ref reader) || reader.TokenType != type)
            throw new JsonException($"expected {(type == JsonTokenType.StartObject ? "'{'" : type.ToString())}", path, LineOf(bytes, reader.TokenStartIndex) - 1,
                reader.TokenStartIndex - LineStart(bytes, reader.TokenStartIndex), null);
    }

    private static bool Next(ref Utf8JsonReader reader) => reader.Read();

    /// <summary>A value that is not a level, as written: <c>3</c>, <c>true</c>, <c>null</c>, or <c>{…}</c> / <c>[…]</c>.</summary>
    private static string TokenText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "{…}",
        JsonTokenType.StartArray => "[…]",
        _ => Encoding.UTF8.GetString(reader.ValueSpan),
    };

    /// <summary>The reader's message without the position it appends (the diagnostic has it, in characters).</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }

    private static SourceSpan SpanAt(string path, byte[] bytes, long offset)
    {
        var line = LineOf(bytes, offset);
        var column = ColumnOf(bytes, offset);
        return new SourceSpan(path, line, column, line, column + 1);
    }

    private static int LineStart(byte[] bytes, long offset)
    {
        var start = (int)Math.Min(offset, bytes.Length);
        while (start > 0 && bytes[start - 1] != '\n') start--;
        return start;
    }

    /// <summary>The 1-based character column of a byte position within a 1-based line.</summary>
    private static int CharacterColumn(byte[] bytes, int line, long bytePosition)
    {
        var start = 0;
        for (var current = 1; current < line && start < bytes.Length; start++)
            if (bytes[start] == '\n') current++;
        var length = (int)Math.Clamp(bytePosition, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }

    private static int LineOf(byte[] bytes, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int ColumnOf(byte[] bytes, long offset)
    {
        var start = (int)Math.Min(offset, bytes.Length);
        var lineStart = start;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') lineStart--;
        return Encoding.UTF8.GetCharCount(bytes, lineStart, start - lineStart) + 1;
    }
}
