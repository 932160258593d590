using System.Text.Json.Nodes;
using PlanDsl.Runtime.Tests.Infrastructure;

namespace PlanDsl.Runtime.Tests.Billing;

/// <summary>Runs a billing command in-process against the seeds, with JSON inputs written to a temporary folder.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plandsl-billing-").FullName;

    public string Root => Seeds.Root;

    public string File(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    public (int Exit, JsonNode? Json, string Error) Run(Func<TextWriter, TextWriter, int> command)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = command(output, error);
        return (exit, exit == 0 ? JsonNode.Parse(output.ToString()) : null, error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
