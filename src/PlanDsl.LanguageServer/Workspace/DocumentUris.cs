namespace PlanDsl.LanguageServer.Workspace;

/// <summary>Maps LSP document URIs to the paths the compiler reports (absolute, forward slashes) and back.</summary>
public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            return Normalize(parsed.LocalPath);
        return uri;
    }

    public static string ToUri(string path)
    {
        if (path.StartsWith('/') || (path.Length > 2 && path[1] == ':'))
            return new Uri(path.Replace('\\', '/')).AbsoluteUri;
        return path;
    }

    public static string Normalize(string path) => path.Replace('\\', '/');
}
