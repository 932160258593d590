namespace PlanDsl.Compiler.Analysis;

/// <summary>An analysis of a bound catalog: reports findings through the context, never throws on a valid model.</summary>
public interface ICatalogCheck
{
    AnalysisRule Rule { get; }

    void Run(AnalysisContext context);
}
