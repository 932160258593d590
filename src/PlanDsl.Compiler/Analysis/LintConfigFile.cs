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
                        diagnostics.Report(DiagnosticCodes.LintBadLevel, levelSpan, Encoding.UTF8.GetString(bytes.AsSpan((int)reader.TokenStartIndex, Math.Min(20, bytes.Length - (int)reader.TokenStartIndex))).Split('\n')[0]);
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
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
            throw new JsonException($"expected {(type == JsonTokenType.StartObject ? "'{'" : type.ToString())}", path, LineOf(bytes, reader.TokenStartIndex) - 1, ColumnOf(bytes, reader.TokenStartIndex) - 1, null);
    }

    private static bool Next(ref Utf8JsonReader reader) => reader.Read();

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.');
    }

    private static SourceSpan SpanAt(string path, byte[] bytes, long offset)
    {
        var line = LineOf(bytes, offset);
        var column = ColumnOf(bytes, offset);
        return new SourceSpan(path, line, column, line, column + 1);
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
