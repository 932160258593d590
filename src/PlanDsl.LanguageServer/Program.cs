using PlanDsl.LanguageServer.Server;

// plandsl-language-server: LSP over stdin/stdout. Logs go to stderr; stdout carries only the protocol.
var debounce = TimeSpan.FromMilliseconds(150);
foreach (var arg in args)
{
    if (arg.StartsWith("--debounce=", StringComparison.Ordinal) && int.TryParse(arg["--debounce=".Length..], out var ms))
        debounce = TimeSpan.FromMilliseconds(ms);
    else if (arg is "--version") { Console.WriteLine("plandsl-language-server 0.1.0"); return 0; }
}

var (server, rpc) = ServerHost.Start(Console.OpenStandardInput(), Console.OpenStandardOutput(), debounce, Console.Error);
var code = await server.Exited.ConfigureAwait(false);
rpc.Dispose();
return code;
