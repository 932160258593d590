using PlanDsl.Compiler;
using PlanDsl.Compiler.Diagnostics;

namespace PlanDsl.Fuzzing;

/// <summary>
/// Target <c>frontend</c>: the bytes as plan files (see <see cref="PlanInput"/>) through the whole front
/// end (parse, imports, bind, lower, analyse) in memory. The compiler promises never to throw and never
/// to report an internal error, whatever the text: an escaping exception or a PD0009 diagnostic is a finding.
/// </summary>
public sealed class FrontEndTarget : IFuzzTarget
{
    public string Name => "frontend";

    public void Run(byte[] input)
    {
        var result = Workspace.CompileSources(PlanInput.Files(input));
        ThrowOnInternalError(result, "compile");
    }

    public static void ThrowOnInternalError(CompilationResult result, string step)
    {
        var internalError = result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError.Code);
        if (internalError is not null) throw new FuzzFinding($"{step}: {internalError.ToMsBuildString()}");
    }
}
