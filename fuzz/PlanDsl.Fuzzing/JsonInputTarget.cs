using PlanDsl.Cli.Commands;

namespace PlanDsl.Fuzzing;

/// <summary>
/// Target <c>json</c>: the bytes as the JSON file a pipeline hands the CLI, given to each command that
/// reads one, in-process and against the seed catalogs: <c>eval</c> and <c>explain</c> (the ticket, its
/// events and its attributes, typed against kolmisoft's), <c>credit --outages</c> and <c>cost --usage</c>
/// (oktawave). A command must answer (exit 0) or refuse the input (exit 2, one line
/// <c>plandsl: error: …</c>); an escaping exception, another exit code or a stack trace is a finding.
/// </summary>
public sealed class JsonInputTarget : IFuzzTarget
{
    private const string TicketCatalog = "plans/kolmisoft";
    private const string TicketPlan = "premium";
    private const string BillingCatalog = "plans/oktawave";
    private const string BillingPlan = "gold";
    private const string OutagesMonth = "2026-10";

    private static readonly Lazy<string> Folder = ProcessTempFolder.Create("plandsl-fuzz-json-");

    public string Name => "json";

    public void Run(byte[] input)
    {
        // A file of its own per call: the regression tests run targets in parallel.
        var file = Path.Combine(Folder.Value, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(file, input);
        try
        {
            var repo = RepoRoot.Path;
            Expect("eval", (o, e) => EvalCommand.Run(TicketCatalog, TicketPlan, file, o, e, repo));
            Expect("explain", (o, e) => ExplainCommand.Run(TicketCatalog, TicketPlan, file, null, o, e, repo));
            Expect("explain --format json", (o, e) => ExplainCommand.Run(TicketCatalog, TicketPlan, file, "json", o, e, repo));
            Expect("credit --outages", (o, e) => CreditCommand.Run(BillingCatalog, BillingPlan, null, file, OutagesMonth, null, new[] { "OCI=3" }, o, e, repo, root: "plans"));
            Expect("cost --usage", (o, e) => CostCommand.Run(BillingCatalog, BillingPlan, file, null, o, e, repo, root: "plans"));
            Expect("cost --usage (hourly rate)", (o, e) => CostCommand.Run(TicketCatalog, TicketPlan, file, null, o, e, repo));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs one command; returns when it answered or refused the input as the CLI promises, else throws a <see cref="FuzzFinding"/>.</summary>
    internal static void Expect(string command, Func<TextWriter, TextWriter, int> run)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = run(output, error);
        var errors = error.ToString();
        if (exit == 0 && errors.Length == 0) return;
        if (exit == CliError.ExitCode && errors.StartsWith("plandsl: error: ", StringComparison.Ordinal) && !errors.Contains("\n   at ", StringComparison.Ordinal))
            return;
        throw new FuzzFinding($"{command}: exit {exit}, standard error: {errors.Trim()}");
    }
}
